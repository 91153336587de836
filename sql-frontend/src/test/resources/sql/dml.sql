-- INSERT (multi-row, SELECT, DEFAULT, RETURNING, ON CONFLICT), UPDATE ... FROM, DELETE ... USING.
CREATE TABLE d_item (id int PRIMARY KEY, name text NOT NULL, qty int DEFAULT 0, note text UNIQUE);
INSERT INTO d_item VALUES (1, 'a', 5, 'n1'), (2, 'b', DEFAULT, NULL), (3, 'c', 7, 'n3') RETURNING id, qty;
: id|qty
> 1|5
> 2|0
> 3|7
INSERT INTO d_item (id, name) VALUES (4, 'd') RETURNING *;
: id|name|qty|note
> 4|d|0|NULL
INSERT INTO d_item (id, name) SELECT id + 10, name || '2' FROM d_item WHERE id <= 2 RETURNING id, name;
: id|name
> 11|a2
> 12|b2
INSERT INTO d_item VALUES (1, 'dup');
! 23505
INSERT INTO d_item VALUES (1, 'x', 9) ON CONFLICT DO NOTHING;
INSERT INTO d_item VALUES (1, 'x', 9), (5, 'e', 1) ON CONFLICT (id) DO NOTHING RETURNING id;
: id
> 5
INSERT INTO d_item VALUES (6, 'f', 0, 'n1') ON CONFLICT DO NOTHING RETURNING id;
: id
INSERT INTO d_item VALUES (1, 'a', 100) ON CONFLICT (id) DO UPDATE SET qty = d_item.qty + excluded.qty RETURNING id, name, qty;
: id|name|qty
> 1|a|105
INSERT INTO d_item VALUES (2, 'bb', 3) ON CONFLICT (id) DO UPDATE SET name = excluded.name, qty = excluded.qty WHERE d_item.qty > 100;
INSERT INTO d_item VALUES (3, 'cc', 3) ON CONFLICT ON CONSTRAINT d_item_pkey DO UPDATE SET name = excluded.name;
INSERT INTO d_item VALUES (7, 'g'), (7, 'h') ON CONFLICT (id) DO UPDATE SET name = excluded.name;
! 21000
INSERT INTO d_item VALUES (8, 'i') ON CONFLICT (name) DO NOTHING;
! 42P10
INSERT INTO d_item VALUES (8, 'i') ON CONFLICT DO UPDATE SET name = 'z';
! 42601
SELECT * FROM d_item ORDER BY id;
: id|name|qty|note
> 1|a|105|n1
> 2|b|0|NULL
> 3|cc|7|n3
> 4|d|0|NULL
> 5|e|1|NULL
> 11|a2|0|NULL
> 12|b2|0|NULL
CREATE TABLE d_price (item int, price numeric(6,2));
INSERT INTO d_price VALUES (1, 1.5), (2, 2.25), (3, 10), (99, 1);
UPDATE d_item SET qty = qty * 2, note = 'priced ' || p.price FROM d_price p WHERE p.item = d_item.id AND p.price < 5 RETURNING d_item.id, qty, note;
: id|qty|note
> 1|210|priced 1.50
> 2|0|priced 2.25
UPDATE d_item i SET name = upper(i.name) FROM d_price p, d_price q WHERE p.item = i.id AND q.item = i.id;
DELETE FROM d_item USING d_price p WHERE p.item = d_item.id AND p.price >= 10 RETURNING d_item.id;
: id
> 3
DELETE FROM d_item d USING d_price p WHERE d.id = p.item + 10;
SELECT id, name, qty, note FROM d_item ORDER BY id;
: id|name|qty|note
> 1|A|210|priced 1.50
> 2|B|0|priced 2.25
> 4|d|0|NULL
> 5|e|1|NULL
UPDATE d_item SET qty = 1 FROM d_price WHERE nope = 1;
! 42703
DROP TABLE d_item, d_price;
