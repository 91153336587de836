/*
 * The SQL grammar: the PostgreSQL dialect subset Borealis understands. Keywords are
 * case-insensitive; PostgreSQL's reserved words are reserved here too, every other keyword can be
 * an identifier (see `nonReserved`). Operator precedence follows PostgreSQL's table (highest
 * first): `::`, unary +/-, ^, * / %, + -, other operators (||), IN/BETWEEN/LIKE, comparison,
 * IS, NOT, AND, OR. The parse tree becomes an AST in AstBuilder.
 */
grammar Sql;

options { caseInsensitive = true; }

@parser::members {
    private static final java.util.Set<String> JOIN_WORDS = java.util.Set.of("cross", "natural", "join", "inner", "left",
            "right", "full", "outer");

    static boolean joinWord(String text) {
        return JOIN_WORDS.contains(text.toLowerCase(java.util.Locale.ROOT));
    }
}

script : SEMI* (statement (SEMI+ statement)*)? SEMI* EOF ;

singleStatement : statement SEMI* EOF ;

statement
    : query                         # queryStmt
    | insertStmt                    # insertStatement
    | updateStmt                    # updateStatement
    | deleteStmt                    # deleteStatement
    | createTableAsStmt             # createTableAsStatement
    | createTableStmt               # createTableStatement
    | createIndexStmt               # createIndexStatement
    | createSequenceStmt            # createSequenceStatement
    | createViewStmt                # createViewStatement
    | createSchemaStmt              # createSchemaStatement
    | dropStmt                      # dropStatement
    | alterTableStmt                # alterTableStatement
    | alterSchemaStmt               # alterSchemaStatement
    | truncateStmt                  # truncateStatement
    | copyStmt                      # copyStatement
    | vacuumStmt                    # vacuumStatement
    | analyzeStmt                   # analyzeStatement
    | beginStmt                     # beginStatement
    | commitStmt                    # commitStatement
    | rollbackStmt                  # rollbackStatement
    | savepointStmt                 # savepointStatement
    | setStmt                       # setStatement
    | showStmt                      # showStatement
    | resetStmt                     # resetStatement
    | createRoleStmt                # createRoleStatement
    | alterRoleStmt                 # alterRoleStatement
    | discardStmt                   # discardStatement
    | prepareStmt                   # prepareStatement
    | executeStmt                   # executeStatement
    | deallocateStmt                # deallocateStatement
    | explainStmt                   # explainStatement
    | checkpointStmt                # checkpointStatement
    ;

// ---------------------------------------------------------------- queries

query : withClause? queryBody orderByClause? limitOffset* forLocking? ;

withClause : WITH RECURSIVE? cte (COMMA cte)* ;
cte : identifier (LPAREN identifierList RPAREN)? AS LPAREN (query | insertStmt | updateStmt | deleteStmt) RPAREN ;

queryBody
    : queryPrimary                                                          # primaryBody
    | left=queryBody op=INTERSECT setQuantifier? right=queryBody            # setOpBody
    | left=queryBody op=(UNION | EXCEPT) setQuantifier? right=queryBody     # setOpBody
    ;

setQuantifier : ALL | DISTINCT ;

queryPrimary
    : selectCore
    | valuesClause
    | LPAREN query RPAREN
    ;

selectCore
    : SELECT (ALL | distinctClause)? selectList? (INTO intoTarget)? fromClause? whereClause?
      groupByClause? havingClause? windowClause?
    ;
windowClause : WINDOW windowDef (COMMA windowDef)* ;
windowDef : identifier AS LPAREN windowSpec RPAREN ;
// [existing window] [PARTITION BY ...] [ORDER BY ...] [frame]
windowSpec : existing=identifier? (PARTITION BY exprList)? orderByClause? frameClause? ;
// SELECT ... INTO [TEMP | UNLOGGED] [TABLE] name: CREATE TABLE name AS the query.
intoTarget : ((GLOBAL | LOCAL)? (TEMP | TEMPORARY) | UNLOGGED)? TABLE? qualifiedName ;

distinctClause : DISTINCT (ON LPAREN exprList RPAREN)? ;

selectList : selectItem (COMMA selectItem)* ;

selectItem
    : STAR                                  # starItem
    | qualifiedName DOT STAR                # qualifiedStarItem
    | LPAREN expr RPAREN DOT STAR           # fieldStarItem
    | expr (AS? colLabel)?                  # exprItem
    ;

fromClause : FROM fromItem (COMMA fromItem)* ;

fromItem
    : fromPrimary                                                       # primaryFrom
    | fromItem CROSS JOIN fromPrimary                                   # crossJoin
    | fromItem NATURAL? joinType? JOIN fromItem joinCondition?          # qualifiedJoin
    ;

joinType : INNER | (LEFT | RIGHT | FULL) OUTER? ;

joinCondition : ON expr | USING LPAREN identifierList RPAREN ;

fromPrimary
    : ONLY? qualifiedName STAR? aliasClause?                                    # tableRef
    | LATERAL? functionCall (WITH ORDINALITY)? aliasClause?                            # functionRef
    | LATERAL? LPAREN query RPAREN aliasClause?                                 # subqueryRef
    | LPAREN fromItem RPAREN                                                    # parenFrom
    ;

// Without AS, a join keyword (CROSS, NATURAL, LEFT, ...) is not taken as an alias.
aliasClause
    : AS alias=identifier (LPAREN identifierList RPAREN)?
    | {!joinWord(_input.LT(1).getText())}? alias=identifier (LPAREN identifierList RPAREN)?
    ;

whereClause : WHERE expr ;
groupByClause : GROUP BY exprList ;
havingClause : HAVING expr ;

orderByClause : ORDER BY sortItem (COMMA sortItem)* ;
sortItem : expr (ASC | DESC)? (NULLS (FIRST | LAST))? ;

limitOffset
    : LIMIT (expr | ALL)                                            # limitClause
    | OFFSET expr (ROW | ROWS)?                                     # offsetClause
    | FETCH (FIRST | NEXT) expr? (ROW | ROWS) (ONLY | WITH TIES)     # fetchClause
    ;

forLocking : (FOR (UPDATE | NO KEY UPDATE | SHARE | KEY SHARE) (OF qualifiedName (COMMA qualifiedName)*)? (NOWAIT | SKIP_ LOCKED)?)+ ;

valuesClause : VALUES valuesRow (COMMA valuesRow)* ;
valuesRow : LPAREN valuesItem (COMMA valuesItem)* RPAREN ;
valuesItem : DEFAULT | expr ;

// ---------------------------------------------------------------- DML

insertStmt
    : withClause? INSERT INTO qualifiedName (AS identifier)? (LPAREN identifierList RPAREN)?
      (DEFAULT VALUES | query) onConflict? returningClause?
    ;

onConflict
    : ON CONFLICT (LPAREN identifierList RPAREN | ON CONSTRAINT identifier)? DO
      (NOTHING | UPDATE SET setClause (COMMA setClause)* whereClause?)
    ;

updateStmt
    : withClause? UPDATE ONLY? qualifiedName (AS? identifier)? SET setClause (COMMA setClause)*
      fromClause? whereClause? returningClause?
    ;

setClause
    : identifier (LBRACKET expr RBRACKET)* EQ (DEFAULT | expr)                    # singleSet
    | LPAREN identifierList RPAREN EQ ROW? LPAREN valuesItem (COMMA valuesItem)* RPAREN   # multiSet
    ;

deleteStmt
    : withClause? DELETE FROM ONLY? qualifiedName (AS? identifier)? (USING fromItem (COMMA fromItem)*)?
      whereClause? returningClause?
    ;

returningClause : RETURNING selectList ;

// ---------------------------------------------------------------- DDL

createTableStmt
    : CREATE ((GLOBAL | LOCAL)? (TEMP | TEMPORARY) | UNLOGGED)? TABLE (IF NOT EXISTS)? qualifiedName
      LPAREN (tableElement (COMMA tableElement)*)? RPAREN
      (WITH LPAREN relOption (COMMA relOption)* RPAREN)?
      (ON COMMIT (DROP | DELETE ROWS | PRESERVE ROWS))?
    ;

createTableAsStmt
    : CREATE ((GLOBAL | LOCAL)? (TEMP | TEMPORARY) | UNLOGGED)? TABLE (IF NOT EXISTS)? qualifiedName
      (LPAREN identifierList RPAREN)? (WITH LPAREN relOption (COMMA relOption)* RPAREN)?
      (ON COMMIT (DROP | DELETE ROWS | PRESERVE ROWS))?
      AS query (WITH NO? DATA)?
    ;

tableElement : columnDef | tableConstraint ;

columnDef : identifier typeName columnConstraint* ;

columnConstraint
    : (CONSTRAINT identifier)? columnConstraintBody
    ;

columnConstraintBody
    : NOT NULL                                                                  # notNullConstraint
    | NULL                                                                      # nullConstraint
    | PRIMARY KEY                                                               # pkColumnConstraint
    | UNIQUE                                                                    # uniqueColumnConstraint
    | DEFAULT expr                                                              # defaultConstraint
    | CHECK LPAREN expr RPAREN                                                  # checkColumnConstraint
    | REFERENCES qualifiedName (LPAREN identifierList RPAREN)? refAction*       # referencesConstraint
    | GENERATED (ALWAYS | BY DEFAULT) AS IDENTITY (LPAREN seqOption* RPAREN)?  # identityConstraint
    ;

tableConstraint
    : (CONSTRAINT identifier)? tableConstraintBody
    ;

tableConstraintBody
    : PRIMARY KEY LPAREN identifierList RPAREN                                  # pkTableConstraint
    | UNIQUE LPAREN identifierList RPAREN                                       # uniqueTableConstraint
    | CHECK LPAREN expr RPAREN                                                  # checkTableConstraint
    | FOREIGN KEY LPAREN identifierList RPAREN REFERENCES qualifiedName
      (LPAREN identifierList RPAREN)? refAction*                                # fkTableConstraint
    ;

refAction
    : ON (DELETE | UPDATE) (CASCADE | RESTRICT | NO ACTION | SET NULL | SET DEFAULT)
    | MATCH (FULL | SIMPLE | PARTIAL)
    | NOT? DEFERRABLE
    | INITIALLY (DEFERRED | IMMEDIATE)
    ;

relOption : identifier (DOT identifier)? (EQ optionValue)? ;

optionValue : signedNumber | STRING | identifier | TRUE | FALSE | ON ;

createIndexStmt
    : CREATE UNIQUE? INDEX CONCURRENTLY? (IF NOT EXISTS)? identifier? ON ONLY? qualifiedName
      (USING identifier)? LPAREN indexElem (COMMA indexElem)* RPAREN
      (INCLUDE LPAREN identifierList RPAREN)? (WITH LPAREN relOption (COMMA relOption)* RPAREN)? whereClause?
    ;

createSequenceStmt : CREATE (TEMP | TEMPORARY)? SEQUENCE (IF NOT EXISTS)? qualifiedName seqOption* ;

seqOption
    : AS typeName                                   # seqAs
    | INCREMENT BY? signedNumber                    # seqIncrement
    | MINVALUE signedNumber                         # seqMin
    | MAXVALUE signedNumber                         # seqMax
    | NO (MINVALUE | MAXVALUE | CYCLE)              # seqNo
    | START WITH? signedNumber                      # seqStart
    | CACHE signedNumber                            # seqCache
    | CYCLE                                         # seqCycle
    | OWNED BY (qualifiedName | NONE)               # seqOwned
    ;

indexElem : (functionCall | identifier | LPAREN expr RPAREN) (ASC | DESC)? (NULLS (FIRST | LAST))? ;

createViewStmt
    : CREATE (OR REPLACE)? (TEMP | TEMPORARY)? RECURSIVE? VIEW qualifiedName (LPAREN identifierList RPAREN)?
      (WITH LPAREN relOption (COMMA relOption)* RPAREN)? AS query
      (WITH (CASCADED | LOCAL)? CHECK OPTION)?
    ;

createSchemaStmt
    : CREATE SCHEMA (IF NOT EXISTS)? (name=identifier)? (AUTHORIZATION role=identifier)?
    ;

dropStmt
    : DROP objectType=(TABLE | INDEX | SEQUENCE | VIEW | SCHEMA | ROLE | USER) CONCURRENTLY? (IF EXISTS)?
      qualifiedName (COMMA qualifiedName)* (CASCADE | RESTRICT)?
    ;

alterTableStmt
    : ALTER objectType=(TABLE | VIEW | SEQUENCE | INDEX) (IF EXISTS)? ONLY? qualifiedName alterAction (COMMA alterAction)*
    ;

alterSchemaStmt
    : ALTER SCHEMA name=identifier (RENAME TO to=identifier | OWNER TO roleSpec)
    ;

roleSpec : identifier | CURRENT_USER | SESSION_USER | CURRENT_ROLE ;

alterAction
    : ADD tableConstraint                                                       # addConstraint
    | ADD COLUMN? (IF NOT EXISTS)? columnDef                                    # addColumn
    | DROP COLUMN? (IF EXISTS)? identifier (CASCADE | RESTRICT)?                # dropColumn
    | DROP CONSTRAINT (IF EXISTS)? identifier (CASCADE | RESTRICT)?             # dropConstraint
    | RENAME COLUMN? from=identifier TO to=identifier                           # renameColumn
    | RENAME TO identifier                                                      # renameTable
    | ALTER COLUMN? identifier alterColumnAction                                # alterColumn
    | SET LPAREN relOption (COMMA relOption)* RPAREN                            # setRelOptions
    | SET SCHEMA identifier                                                     # setRelSchema
    | OWNER TO roleSpec                                                         # ownerTo
    ;

alterColumnAction
    : SET DEFAULT expr
    | DROP DEFAULT
    | SET NOT NULL
    | DROP NOT NULL
    | (SET DATA)? TYPE typeName (USING expr)?
    ;

truncateStmt
    : TRUNCATE TABLE? ONLY? qualifiedName (COMMA ONLY? qualifiedName)* ((RESTART | CONTINUE) IDENTITY)?
      (CASCADE | RESTRICT)?
    ;

copyStmt
    : COPY (qualifiedName (LPAREN identifierList RPAREN)? | LPAREN query RPAREN)
      direction=(FROM | TO) (STDIN | STDOUT | STRING)
      (WITH? LPAREN copyOption (COMMA copyOption)* RPAREN | WITH? copyLegacyOption*)
    ;

copyOption : identifier (optionValue | LPAREN identifierList RPAREN)? ;

copyLegacyOption
    : BINARY | CSV | HEADER | FREEZE
    | DELIMITER AS? STRING
    | NULL AS? STRING
    | QUOTE AS? STRING
    | ESCAPE AS? STRING
    | FORCE (QUOTE | NOT NULL) (STAR | identifierList)
    ;

vacuumStmt
    : VACUUM (LPAREN relOption (COMMA relOption)* RPAREN)? FULL? FREEZE? VERBOSE? (ANALYZE | ANALYSE)?
      (vacuumTarget (COMMA vacuumTarget)*)?
    ;

vacuumTarget : qualifiedName (LPAREN identifierList RPAREN)? ;

analyzeStmt : (ANALYZE | ANALYSE) VERBOSE? (vacuumTarget (COMMA vacuumTarget)*)? ;

checkpointStmt : CHECKPOINT ;

// ---------------------------------------------------------------- transactions and settings

beginStmt : (BEGIN (WORK | TRANSACTION)? | START TRANSACTION) (txnMode (COMMA? txnMode)*)? ;

txnMode
    : ISOLATION LEVEL isolationLevel        # isolationMode
    | READ ONLY                             # readOnlyMode
    | READ WRITE                            # readWriteMode
    | NOT? DEFERRABLE                       # deferrableMode
    ;

isolationLevel : SERIALIZABLE | REPEATABLE READ | READ COMMITTED | READ UNCOMMITTED ;

commitStmt : (COMMIT | END) (WORK | TRANSACTION)? (AND NO? CHAIN)? | COMMIT PREPARED STRING ;

rollbackStmt : (ROLLBACK | ABORT) (WORK | TRANSACTION)? (TO SAVEPOINT? identifier | AND NO? CHAIN)? ;

savepointStmt : SAVEPOINT identifier | RELEASE SAVEPOINT? identifier ;

setStmt
    : SET (SESSION | LOCAL)? varName (TO | EQ) (DEFAULT | varValue (COMMA varValue)*)   # setVar
    | SET (SESSION | LOCAL)? TIME ZONE (DEFAULT | LOCAL | varValue)                       # setTimeZone
    | SET (SESSION CHARACTERISTICS AS)? TRANSACTION txnMode (COMMA? txnMode)*             # setTransaction
    | SET (SESSION | LOCAL)? NAMES (DEFAULT | varValue)                                   # setNames
    | SET (SESSION | LOCAL)? SCHEMA varValue                                              # setSchema
    | SET (SESSION | LOCAL)? (ROLE | SESSION AUTHORIZATION) (DEFAULT | NONE | varValue)   # setRole
    ;

varName : identifier (DOT identifier)* ;

varValue : STRING | signedNumber | identifier | ON | TRUE | FALSE | NULL ;

showStmt : SHOW (varName | ALL | TIME ZONE | TRANSACTION ISOLATION LEVEL | SESSION AUTHORIZATION) ;

resetStmt : RESET (varName | ALL | TIME ZONE | SESSION AUTHORIZATION | ROLE) ;

createRoleStmt : CREATE (ROLE | USER | GROUP) identifier WITH? roleOption* ;

alterRoleStmt : ALTER (ROLE | USER) identifier WITH? roleOption+ ;

roleOption
    : ENCRYPTED? PASSWORD (STRING | NULL)       # passwordOption
    | CONNECTION LIMIT signedNumber             # connLimitOption
    | VALID UNTIL STRING                        # validUntilOption
    | identifier                                # flagOption
    ;

discardStmt : DISCARD (ALL | PLANS | SEQUENCES | TEMP | TEMPORARY) ;

prepareStmt : PREPARE identifier (LPAREN typeName (COMMA typeName)* RPAREN)? AS statement ;

executeStmt : EXECUTE identifier (LPAREN exprList RPAREN)? ;

deallocateStmt : DEALLOCATE PREPARE? (identifier | ALL) ;

explainStmt : EXPLAIN (LPAREN explainOption (COMMA explainOption)* RPAREN | ANALYZE? VERBOSE?) statement ;

// PostgreSQL's EXPLAIN (name [value], ...): ANALYZE, COSTS OFF, VERBOSE, ...
explainOption : identifier optionValue? ;

// ---------------------------------------------------------------- expressions

exprList : expr (COMMA expr)* ;

expr
    : primaryExpr                                                           # primary
    | expr TYPECAST typeName                                                # castOp
    | expr COLLATE collationName                                            # collate
    | expr LBRACKET expr RBRACKET                                           # subscript
    | op=(PLUS | MINUS) expr                                                # unary
    | <assoc=left> expr CARET expr                                          # power
    | expr op=(STAR | SLASH | PERCENT) expr                                 # mulDiv
    | expr op=(PLUS | MINUS) expr                                           # addSub
    | expr op=(CONCAT | OPERATOR) expr                                      # otherOp
    | expr operatorRef expr                                                 # qualifiedOp
    | expr NOT? IN LPAREN (query | exprList) RPAREN                         # inExpr
    | expr NOT? BETWEEN SYMMETRIC? bexpr AND expr                           # between
    | expr NOT? (LIKE | ILIKE) bexpr (ESCAPE bexpr)?                        # like
    | expr op=(LT | GT | EQ | LE | GE | NE) (ANY | SOME | ALL)? expr        # comparison
    | expr IS NOT? (NULL | TRUE | FALSE | UNKNOWN)                          # isTest
    | expr IS NOT? DISTINCT FROM expr                                       # isDistinct
    | expr (ISNULL | NOTNULL)                                               # nullTest
    | NOT expr                                                              # not
    | expr AND expr                                                         # and
    | expr OR expr                                                          # or
    ;

// PostgreSQL's b_expr: no boolean operators, so BETWEEN's AND is unambiguous.
bexpr
    : primaryExpr                                                           # bPrimary
    | bexpr TYPECAST typeName                                               # bCast
    | op=(PLUS | MINUS) bexpr                                               # bUnary
    | <assoc=left> bexpr CARET bexpr                                        # bPower
    | bexpr op=(STAR | SLASH | PERCENT) bexpr                               # bMulDiv
    | bexpr op=(PLUS | MINUS) bexpr                                         # bAddSub
    | bexpr op=(CONCAT | OPERATOR) bexpr                                    # bOtherOp
    | bexpr operatorRef bexpr                                               # bQualifiedOp
    ;

// OPERATOR(pg_catalog.~): an operator named with its schema.
operatorRef : OPERATOR_KW LPAREN (identifier DOT)? anyOperator RPAREN ;

anyOperator : OPERATOR | CONCAT | LT | GT | EQ | LE | GE | NE | PLUS | MINUS | STAR | SLASH | PERCENT | CARET ;

primaryExpr
    : literal                                                               # literalExpr
    | PARAM                                                                 # paramExpr
    | CAST LPAREN expr AS typeName RPAREN                                   # castExpr
    | CASE operand=expr? whenClause+ (ELSE elseExpr=expr)? END              # caseExpr
    | EXISTS LPAREN query RPAREN                                            # existsExpr
    | LPAREN query RPAREN                                                   # subqueryExpr
    | LPAREN expr RPAREN DOT colLabel                                        # fieldSelect
    | LPAREN expr RPAREN                                                    # parenExpr
    | ROW? LPAREN expr COMMA exprList RPAREN                                # rowExpr
    | ARRAY LBRACKET exprList? RBRACKET                                     # arrayExpr
    | ARRAY LPAREN query RPAREN                                             # arraySubquery
    | specialFunction                                                       # special
    | functionCall                                                          # funcExpr
    | INTERVAL (typeMods STRING | STRING intervalQualifier?)                 # intervalLiteral
    | constTypeName STRING                                                  # typedLiteral
    | identifier STRING                                                     # namedTypedLiteral
    | qualifiedName                                                         # columnRef
    | qualifiedName DOT STAR                                                # qualifiedStar
    ;

whenClause : WHEN expr THEN expr ;

specialFunction
    : name=(CURRENT_TIMESTAMP | CURRENT_DATE | CURRENT_TIME | LOCALTIMESTAMP | LOCALTIME) (LPAREN INTEGER_VALUE RPAREN)?
    | name=(CURRENT_USER | SESSION_USER | USER | CURRENT_ROLE | CURRENT_SCHEMA | CURRENT_CATALOG)
    | EXTRACT LPAREN identifier FROM expr RPAREN
    | SUBSTRING LPAREN expr (FROM expr)? (FOR expr)? RPAREN
    | OVERLAY LPAREN expr PLACING expr FROM expr (FOR expr)? RPAREN
    | POSITION LPAREN expr IN expr RPAREN
    | TRIM LPAREN (BOTH | LEADING | TRAILING)? expr? FROM? exprList RPAREN
    ;

functionCall
    : funcName LPAREN (STAR | (DISTINCT | ALL)? exprList (orderByClause)?)? RPAREN filterClause? overClause?
    ;

filterClause : FILTER LPAREN WHERE expr RPAREN ;

overClause : OVER (identifier | LPAREN windowSpec RPAREN) ;

frameClause : unit=(ROWS | RANGE | GROUP_) (lo=frameBound | BETWEEN lo=frameBound AND hi=frameBound) frameExclusion? ;

frameBound
    : UNBOUNDED (PRECEDING | FOLLOWING)
    | CURRENT ROW
    | expr (PRECEDING | FOLLOWING)
    ;

frameExclusion : EXCLUDE (CURRENT ROW | GROUP | TIES | NO OTHERS) ;

funcName : (identifier DOT)? (identifier | typeFuncKeyword) ;

typeFuncKeyword : LEFT | RIGHT | COALESCE | NULLIF | GREATEST | LEAST | REPLACE | VALUES ;

literal
    : INTEGER_VALUE         # integerLiteral
    | DECIMAL_VALUE         # decimalLiteral
    | STRING                # stringLiteral
    | ESTRING               # escapeStringLiteral
    | TRUE                  # trueLiteral
    | FALSE                 # falseLiteral
    | NULL                  # nullLiteral
    ;

signedNumber : (PLUS | MINUS)? (INTEGER_VALUE | DECIMAL_VALUE) ;

// A type name that may prefix a string literal (DATE '2020-01-01').
constTypeName
    : DATE | TIME (WITH TIME ZONE | WITHOUT TIME ZONE)? | TIMESTAMP (WITH TIME ZONE | WITHOUT TIME ZONE)?
    | UUID | BOOLEAN | INT | INTEGER | BIGINT | SMALLINT | NUMERIC | REAL | TEXT | VARCHAR | BYTEA
    | JSON | JSONB | DOUBLE PRECISION | FLOAT | DECIMAL | CHAR | CHARACTER | NAME
    ;

typeName : baseTypeName (LBRACKET RBRACKET)* ;

baseTypeName
    : DOUBLE PRECISION                                                         # doubleType
    | (CHARACTER | CHAR | NATIONAL CHARACTER) VARYING? typeMods?                # charType
    | TIMESTAMP typeMods? (WITH TIME ZONE | WITHOUT TIME ZONE)?                  # timestampType
    | TIME typeMods? (WITH TIME ZONE | WITHOUT TIME ZONE)?                       # timeType
    | INTERVAL (typeMods | intervalQualifier)?                                  # intervalType
    | (identifier DOT)? typeIdent typeMods?                                     # namedType
    ;

typeIdent : identifier | NATIONAL ;

// interval field qualifiers: YEAR, DAY TO SECOND(3), ... (combinations checked when building)
intervalQualifier : intervalField (TO intervalField)? ;

intervalField : YEAR | MONTH | DAY | HOUR | MINUTE | SECOND typeMods? ;

typeMods : LPAREN INTEGER_VALUE (COMMA INTEGER_VALUE)* RPAREN ;

qualifiedName : identifier (DOT identifier)* ;

// pg_catalog.default names the database's default collation although DEFAULT is reserved.
collationName : (identifier DOT)* (identifier | DEFAULT) ;

identifierList : identifier (COMMA identifier)* ;

colLabel : identifier | reservedKeyword ;

identifier
    : IDENTIFIER
    | QUOTED_IDENTIFIER
    | nonReserved
    ;

// Keywords PostgreSQL reserves that may still be column labels after AS.
reservedKeyword
    : ALL | AND | ANY | ARRAY | AS | ASC | BOTH | CASE | CAST | CHECK | COLUMN | CONSTRAINT | CREATE
    | CURRENT_DATE | CURRENT_TIME | CURRENT_TIMESTAMP | CURRENT_USER | DEFAULT | DESC | DISTINCT | DO
    | ELSE | END | EXCEPT | FALSE | FETCH | FOR | FOREIGN | FROM | GROUP | HAVING | IN | INTO
    | LEADING | LIMIT | NOT | NULL | OFFSET | ON | ONLY | OR | ORDER | PRIMARY | REFERENCES
    | RETURNING | SELECT | SESSION_USER | SOME | TABLE | THEN | TO | TRAILING | TRUE | UNION | UNIQUE
    | USER | USING | WHEN | WHERE | WITH | INTERSECT | LATERAL | LOCALTIME | LOCALTIMESTAMP
    | CURRENT_ROLE | CURRENT_CATALOG | ANALYZE | ANALYSE | COLLATE | WINDOW
    ;

nonReserved
    : ABORT | ACTION | ADD | ALTER | ALWAYS | AUTHORIZATION | BEGIN | BIGINT | BINARY | BOOLEAN | BY
    | BYTEA | CASCADE | CHAIN | CHAR | CHARACTER | CHARACTERISTICS | CHECKPOINT | COALESCE | COMMIT
    | COMMITTED | CONCURRENTLY | CONFLICT | CONNECTION | CONTINUE | COPY | CSV | CURRENT_SCHEMA | DATA
    | DATE | DEALLOCATE | DECIMAL | DEFERRABLE | DEFERRED | DELETE | DELIMITER | DISCARD | DOUBLE | DROP
    | ENCRYPTED | ESCAPE | EXECUTE | EXISTS | EXPLAIN | EXTRACT | FILTER | FIRST | FLOAT | FOLLOWING
    | FORCE | FREEZE | FULL | GENERATED | GLOBAL | GREATEST | HEADER | IDENTITY | IF | ILIKE | IMMEDIATE
    | INCLUDE | INDEX | INITIALLY | INNER | INSERT | INT | INTEGER | INTERVAL | ISOLATION | JOIN | JSON
    | YEAR | MONTH | DAY | HOUR | MINUTE | SECOND
    | JSONB | KEY | LAST | LEAST | LEFT | LEVEL | LIKE | LOCAL | LOCKED | MATCH | NAME | NAMES | NATIONAL
    | NATURAL | NEXT | NO | NONE | NOTHING | NOWAIT | NULLIF | NULLS | NUMERIC | OF | ORDINALITY
    | OUTER | OVER | PARTIAL | PARTITION | PASSWORD | PLANS | POSITION | PRECISION | PREPARE | PREPARED
    | PRESERVE | QUOTE | READ | REAL | RECURSIVE | RELEASE | RENAME | REPEATABLE | REPLACE | RESET
    | RESTART | RESTRICT | RIGHT | ROLE | ROLLBACK | ROW | ROWS | SAVEPOINT | SCHEMA | SEQUENCE
    | SEQUENCES | SERIALIZABLE | SESSION | SET | SHARE | SHOW | SIMPLE | SKIP_ | SMALLINT | START | STDIN
    | STDOUT | SUBSTRING | SYMMETRIC | TEMP | TEMPORARY | TEXT | TIME | TIMESTAMP | TRANSACTION | TRIM
    | TRUNCATE | TYPE | UNCOMMITTED | UNKNOWN | UNLOGGED | UNTIL | UPDATE | UUID | VACUUM | VALID
    | VALUES | VARCHAR | VARYING | VERBOSE | VIEW | WITHOUT | WORK | WRITE | ZONE | CROSS | IS | ISNULL
    | NOTNULL | BETWEEN | OVERLAPS | SIMILAR | CURRENT | NOTHING | USER_ | GROUP_ | CONSTRAINTS | OPERATOR_KW
    | INCREMENT | MINVALUE | MAXVALUE | CACHE | CYCLE | OWNED | OWNER
    | CASCADED | OPTION | OVERLAY | PLACING | TIES | RANGE | UNBOUNDED | PRECEDING | EXCLUDE | OTHERS
    ;

// ---------------------------------------------------------------- lexer

ABORT: 'ABORT'; ACTION: 'ACTION'; ADD: 'ADD'; ALL: 'ALL'; ALTER: 'ALTER'; ALWAYS: 'ALWAYS';
ANALYSE: 'ANALYSE'; ANALYZE: 'ANALYZE'; AND: 'AND'; ANY: 'ANY'; ARRAY: 'ARRAY'; AS: 'AS'; ASC: 'ASC';
AUTHORIZATION: 'AUTHORIZATION'; BEGIN: 'BEGIN'; BETWEEN: 'BETWEEN'; BIGINT: 'BIGINT'; BINARY: 'BINARY';
BOOLEAN: 'BOOLEAN'; BOTH: 'BOTH'; BY: 'BY'; BYTEA: 'BYTEA'; CACHE: 'CACHE'; CASCADED: 'CASCADED'; CYCLE: 'CYCLE'; INCREMENT: 'INCREMENT'; MAXVALUE: 'MAXVALUE';
MINVALUE: 'MINVALUE'; OWNED: 'OWNED'; OWNER: 'OWNER'; CASCADE: 'CASCADE'; CASE: 'CASE'; CAST: 'CAST';
CHAIN: 'CHAIN'; CHAR: 'CHAR'; CHARACTER: 'CHARACTER'; CHARACTERISTICS: 'CHARACTERISTICS'; CHECK: 'CHECK';
CHECKPOINT: 'CHECKPOINT'; COALESCE: 'COALESCE'; COLLATE: 'COLLATE'; COLUMN: 'COLUMN'; COMMIT: 'COMMIT';
COMMITTED: 'COMMITTED'; CONCURRENTLY: 'CONCURRENTLY'; CONFLICT: 'CONFLICT'; CONNECTION: 'CONNECTION';
CONSTRAINT: 'CONSTRAINT'; CONSTRAINTS: 'CONSTRAINTS'; CONTINUE: 'CONTINUE'; COPY: 'COPY'; CREATE: 'CREATE';
CROSS: 'CROSS'; CSV: 'CSV'; CURRENT: 'CURRENT'; CURRENT_CATALOG: 'CURRENT_CATALOG'; CURRENT_DATE: 'CURRENT_DATE';
CURRENT_ROLE: 'CURRENT_ROLE'; CURRENT_SCHEMA: 'CURRENT_SCHEMA'; CURRENT_TIME: 'CURRENT_TIME';
CURRENT_TIMESTAMP: 'CURRENT_TIMESTAMP'; CURRENT_USER: 'CURRENT_USER'; DATA: 'DATA'; DATE: 'DATE';
DEALLOCATE: 'DEALLOCATE'; DECIMAL: 'DECIMAL' | 'DEC'; DEFAULT: 'DEFAULT'; DEFERRABLE: 'DEFERRABLE';
DEFERRED: 'DEFERRED'; DELETE: 'DELETE'; DELIMITER: 'DELIMITER'; DESC: 'DESC'; DISCARD: 'DISCARD';
DISTINCT: 'DISTINCT'; DO: 'DO'; DOUBLE: 'DOUBLE'; DROP: 'DROP'; ELSE: 'ELSE'; ENCRYPTED: 'ENCRYPTED';
END: 'END'; ESCAPE: 'ESCAPE'; EXCEPT: 'EXCEPT'; EXECUTE: 'EXECUTE'; EXISTS: 'EXISTS'; EXPLAIN: 'EXPLAIN';
EXTRACT: 'EXTRACT'; FALSE: 'FALSE'; FETCH: 'FETCH'; FILTER: 'FILTER'; FIRST: 'FIRST'; FLOAT: 'FLOAT';
FOLLOWING: 'FOLLOWING'; FOR: 'FOR'; FORCE: 'FORCE'; FOREIGN: 'FOREIGN'; FREEZE: 'FREEZE'; FROM: 'FROM';
FULL: 'FULL'; GENERATED: 'GENERATED'; GLOBAL: 'GLOBAL'; GREATEST: 'GREATEST'; GROUP: 'GROUP';
GROUP_: 'GROUPS'; HAVING: 'HAVING'; HEADER: 'HEADER'; IDENTITY: 'IDENTITY'; IF: 'IF'; ILIKE: 'ILIKE';
IMMEDIATE: 'IMMEDIATE'; IN: 'IN'; INCLUDE: 'INCLUDE'; INDEX: 'INDEX'; INITIALLY: 'INITIALLY';
INNER: 'INNER'; INSERT: 'INSERT'; INT: 'INT' | 'INT4'; INTEGER: 'INTEGER'; INTERSECT: 'INTERSECT';
INTERVAL: 'INTERVAL'; YEAR: 'YEAR'; MONTH: 'MONTH'; DAY: 'DAY'; HOUR: 'HOUR'; MINUTE: 'MINUTE'; SECOND: 'SECOND'; INTO: 'INTO'; IS: 'IS'; ISNULL: 'ISNULL'; ISOLATION: 'ISOLATION'; JOIN: 'JOIN';
JSON: 'JSON'; JSONB: 'JSONB'; KEY: 'KEY'; LAST: 'LAST'; LATERAL: 'LATERAL'; LEADING: 'LEADING';
LEAST: 'LEAST'; LEFT: 'LEFT'; LEVEL: 'LEVEL'; LIKE: 'LIKE'; LIMIT: 'LIMIT'; LOCAL: 'LOCAL';
LOCALTIME: 'LOCALTIME'; LOCALTIMESTAMP: 'LOCALTIMESTAMP'; LOCKED: 'LOCKED'; MATCH: 'MATCH'; NAME: 'NAME';
NAMES: 'NAMES'; NATIONAL: 'NATIONAL'; NATURAL: 'NATURAL'; NEXT: 'NEXT'; NO: 'NO'; NONE: 'NONE';
NOT: 'NOT'; NOTHING: 'NOTHING'; NOTNULL: 'NOTNULL'; NOWAIT: 'NOWAIT'; NULL: 'NULL'; NULLIF: 'NULLIF';
NULLS: 'NULLS'; NUMERIC: 'NUMERIC'; OF: 'OF'; OPTION: 'OPTION'; OPERATOR_KW: 'OPERATOR'; OFFSET: 'OFFSET'; ON: 'ON'; ONLY: 'ONLY'; OR: 'OR';
ORDER: 'ORDER'; ORDINALITY: 'ORDINALITY'; OUTER: 'OUTER'; OVER: 'OVER'; OVERLAPS: 'OVERLAPS';
PARTIAL: 'PARTIAL'; PARTITION: 'PARTITION'; PASSWORD: 'PASSWORD'; PLANS: 'PLANS'; POSITION: 'POSITION';
PRECISION: 'PRECISION'; PREPARE: 'PREPARE'; PREPARED: 'PREPARED'; PRESERVE: 'PRESERVE';
PRIMARY: 'PRIMARY'; QUOTE: 'QUOTE'; READ: 'READ'; REAL: 'REAL'; RECURSIVE: 'RECURSIVE';
REFERENCES: 'REFERENCES'; RELEASE: 'RELEASE'; RENAME: 'RENAME'; REPEATABLE: 'REPEATABLE';
REPLACE: 'REPLACE'; RESET: 'RESET'; RESTART: 'RESTART'; RESTRICT: 'RESTRICT'; RETURNING: 'RETURNING';
RIGHT: 'RIGHT'; ROLE: 'ROLE'; ROLLBACK: 'ROLLBACK'; ROW: 'ROW'; ROWS: 'ROWS'; SAVEPOINT: 'SAVEPOINT';
SCHEMA: 'SCHEMA'; SELECT: 'SELECT'; SEQUENCE: 'SEQUENCE'; SEQUENCES: 'SEQUENCES';
SERIALIZABLE: 'SERIALIZABLE'; SESSION: 'SESSION'; SESSION_USER: 'SESSION_USER'; SET: 'SET';
SHARE: 'SHARE'; SHOW: 'SHOW'; SIMILAR: 'SIMILAR'; SIMPLE: 'SIMPLE'; SKIP_: 'SKIP'; SMALLINT: 'SMALLINT';
OVERLAY: 'OVERLAY'; PLACING: 'PLACING'; TIES: 'TIES'; RANGE: 'RANGE'; UNBOUNDED: 'UNBOUNDED';
PRECEDING: 'PRECEDING'; EXCLUDE: 'EXCLUDE'; OTHERS: 'OTHERS'; SOME: 'SOME'; START: 'START'; STDIN: 'STDIN'; STDOUT: 'STDOUT'; SUBSTRING: 'SUBSTRING';
SYMMETRIC: 'SYMMETRIC'; TABLE: 'TABLE'; TEMP: 'TEMP'; TEMPORARY: 'TEMPORARY'; TEXT: 'TEXT'; THEN: 'THEN';
TIME: 'TIME'; TIMESTAMP: 'TIMESTAMP'; TO: 'TO'; TRAILING: 'TRAILING'; TRANSACTION: 'TRANSACTION';
TRIM: 'TRIM'; TRUE: 'TRUE'; TRUNCATE: 'TRUNCATE'; TYPE: 'TYPE'; UNCOMMITTED: 'UNCOMMITTED';
UNION: 'UNION'; UNIQUE: 'UNIQUE'; UNKNOWN: 'UNKNOWN'; UNLOGGED: 'UNLOGGED'; UNTIL: 'UNTIL';
UPDATE: 'UPDATE'; USER: 'USER'; USER_: 'USERS'; USING: 'USING'; UUID: 'UUID'; VACUUM: 'VACUUM';
VALID: 'VALID'; VALUES: 'VALUES'; VARCHAR: 'VARCHAR'; VARYING: 'VARYING'; VERBOSE: 'VERBOSE';
VIEW: 'VIEW'; WHEN: 'WHEN'; WINDOW: 'WINDOW'; WHERE: 'WHERE'; WITH: 'WITH'; WITHOUT: 'WITHOUT'; WORK: 'WORK';
WRITE: 'WRITE'; ZONE: 'ZONE';

TYPECAST: '::';
LE: '<='; GE: '>='; NE: '<>' | '!='; LT: '<'; GT: '>'; EQ: '=';
CONCAT: '||';
PLUS: '+'; MINUS: '-'; STAR: '*'; SLASH: '/'; PERCENT: '%'; CARET: '^';
LPAREN: '('; RPAREN: ')'; LBRACKET: '['; RBRACKET: ']'; COMMA: ','; SEMI: ';'; DOT: '.';
// Any other operator PostgreSQL would lex (only matched when no token above is longer).
OPERATOR: [~!@#&|`?]+ [~!@#&|`?<>=+*/%^-]* | [<>=] [~!@#&|`?<>=]+ | '->' '>'? ;

PARAM: '$' [0-9]+ ;

INTEGER_VALUE: DIGITS ;
DECIMAL_VALUE
    : DIGITS '.' DIGITS? EXPONENT?
    | '.' DIGITS EXPONENT?
    | DIGITS EXPONENT
    ;
fragment DIGITS: [0-9] ('_'? [0-9])* ;
fragment EXPONENT: 'E' [+-]? [0-9]+ ;

ESTRING: 'E' '\'' ( ~['\\] | '\\' . | '\'\'' )* '\'' ;
STRING: '\'' ( ~'\'' | '\'\'' )* '\'' ( [ \t]* [\r\n] [ \t\r\n]* '\'' ( ~'\'' | '\'\'' )* '\'' )*
      | DOLLAR_STRING ;
fragment DOLLAR_STRING: '$$' .*? '$$' ;

IDENTIFIER: [A-Z_\u0080-\uFFFF] [A-Z_0-9$\u0080-\uFFFF]* ;
QUOTED_IDENTIFIER: '"' ( ~'"' | '""' )+ '"' ;

LINE_COMMENT: '--' ~[\r\n]* -> channel(HIDDEN) ;
BLOCK_COMMENT: '/*' ( BLOCK_COMMENT | . )*? '*/' -> channel(HIDDEN) ;
WS: [ \t\r\n\f]+ -> channel(HIDDEN) ;

// Anything else is a syntax error the parser reports with its position.
ERROR_CHAR: . ;
