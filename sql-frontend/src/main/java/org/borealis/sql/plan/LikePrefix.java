package org.borealis.sql.plan;

/**
 * The fixed prefix of a LIKE pattern and the index range it bounds, as PostgreSQL derives it
 * under the C collation ({@code like_support.c}): the characters before the first unescaped
 * {@code %} or {@code _} (escapes removed); {@code col LIKE 'ab%'} lies in {@code [ab, ac)}, and
 * a pattern without wildcards is an equality. The LIKE itself stays as the scan's filter.
 *
 * @param prefix the literal characters before the first wildcard (possibly empty)
 * @param exact  whether the pattern has no wildcard (then it matches {@code prefix} only)
 */
record LikePrefix(String prefix, boolean exact) {

    /** The prefix of {@code pattern} with escape character {@code escape} (null: none), or null for a malformed pattern. */
    static LikePrefix of(String pattern, Character escape) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (escape != null && c == escape) {
                if (++i == pattern.length()) {
                    return null; // ends with the escape character: an error when evaluated
                }
                sb.append(pattern.charAt(i));
            } else if (c == '%' || c == '_') {
                return new LikePrefix(sb.toString(), false);
            } else {
                sb.append(c);
            }
        }
        return new LikePrefix(sb.toString(), true);
    }

    /**
     * The least string greater than every string starting with {@code prefix} that PostgreSQL's
     * make_greater_string finds: the last character incremented (a character that cannot be, an
     * ASCII DEL or the last of its UTF-8 length, is dropped and the one before tried), or null
     * when none is left.
     */
    static String greater(String prefix) {
        int end = prefix.length();
        while (end > 0) {
            int cp = prefix.codePointBefore(end);
            int len = Character.charCount(cp);
            int next = cp == 0xD7FF ? 0xE000 : cp + 1;
            boolean sameWidth = utf8Length(cp) == utf8Length(next) && next <= Character.MAX_CODE_POINT;
            if (cp != 0x7F && sameWidth) {
                return prefix.substring(0, end - len) + new String(Character.toChars(next));
            }
            end -= len;
        }
        return null;
    }

    private static int utf8Length(int cp) {
        return cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
    }
}
