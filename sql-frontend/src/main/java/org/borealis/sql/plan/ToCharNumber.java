package org.borealis.sql.plan;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.borealis.sql.error.SqlException;
import org.borealis.sql.error.SqlState;
import org.borealis.sql.types.FloatType;
import org.borealis.sql.types.NumericSpecial;
import org.borealis.sql.types.PgType;

/**
 * to_char of a number: digit positions 9 (blank when not significant) and 0 (always a digit),
 * the decimal point ({@code .} or D), group separators ({@code ,} or G), the sign as S, MI or
 * PR (otherwise a leading minus or blank just before the digits), the FM prefix (no padding, no
 * trailing zeros from 9 positions), and quoted literal text. A value with more integer digits
 * than the format has positions prints as {@code #}s. TH/th appends the integer's ordinal suffix
 * (not for negative or fractional formats); a format that is only RN prints roman numerals. Other
 * patterns (EEEE, V, L, PL, SG, RN among others) raise 0A000 naming the pattern.
 */
final class ToCharNumber {

    private ToCharNumber() {
    }

    static String format(Object value, PgType type, String fmt) {
        BigDecimal v;
        RoundingMode mode = RoundingMode.HALF_UP;
        if (type instanceof FloatType) {
            double d = ((Number) value).doubleValue();
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                throw new SqlException(SqlState.FEATURE_NOT_SUPPORTED, "to_char of NaN or infinity is not supported");
            }
            v = new BigDecimal(d);
            mode = RoundingMode.HALF_EVEN;
        } else {
            if (value instanceof NumericSpecial) {
                throw new SqlException(SqlState.FEATURE_NOT_SUPPORTED, "to_char of NaN or infinity is not supported");
            }
            v = value instanceof BigDecimal b ? b : BigDecimal.valueOf(((Number) value).longValue());
        }
        String roman = romanOnly(fmt, v);
        if (roman != null) {
            return roman;
        }
        // Pass 1: read the format.
        boolean fm = false;
        String th = null;
        int pre = 0;
        int post = 0;
        boolean point = false;
        int zeroStart = -1;
        String sign = null;
        boolean signFirst = false;
        int i = 0;
        while (i < fmt.length()) {
            char c = Character.toUpperCase(fmt.charAt(i));
            if (fmt.regionMatches(true, i, "FM", 0, 2)) {
                fm = true;
                i += 2;
                continue;
            }
            if (fmt.regionMatches(true, i, "MI", 0, 2) || fmt.regionMatches(true, i, "PR", 0, 2)) {
                sign = fmt.substring(i, i + 2).toUpperCase();
                i += 2;
                continue;
            }
            if (fmt.regionMatches(true, i, "TH", 0, 2)) {
                th = fmt.substring(i, i + 2);
                i += 2;
                continue;
            }
            for (String bad : new String[] {"RN", "EEEE", "PL", "SG", "V", "L"}) {
                if (fmt.regionMatches(true, i, bad, 0, bad.length())) {
                    throw ToChar.unsupported(fmt.substring(i, i + bad.length()));
                }
            }
            if (c == 'S') {
                sign = "S";
                signFirst = pre == 0 && !point;
            } else if (c == '9' || c == '0') {
                if (point) {
                    post++;
                } else {
                    if (c == '0' && zeroStart < 0) {
                        zeroStart = pre;
                    }
                    pre++;
                }
            } else if ((c == '.' || c == 'D') && !point) {
                point = true;
            } else if (c == '"') {
                i = fmt.indexOf('"', i + 1);
                if (i < 0) {
                    break;
                }
            }
            i++;
        }
        BigDecimal abs = v.abs().setScale(post, mode);
        boolean negative = v.signum() < 0 && abs.signum() != 0; // what rounds to zero has no sign
        String digits = abs.toPlainString();
        String intDigits = digits.contains(".") ? digits.substring(0, digits.indexOf('.')) : digits;
        String fracDigits = digits.contains(".") ? digits.substring(digits.indexOf('.') + 1) : "";
        if (intDigits.equals("0") && post > 0) {
            intDigits = ""; // "  .50": a zero integer part shows only where the format has a 0, or when there is no fraction
        }
        boolean overflow = intDigits.length() > pre;
        int lastFracDigit = fracDigits.length();
        if (fm) {
            // FM drops trailing zeros that sit in 9 positions (0 positions keep theirs).
            int lastZeroPos = lastZeroPosition(fmt);
            while (lastFracDigit > lastZeroPos && lastFracDigit > 0 && fracDigits.charAt(lastFracDigit - 1) == '0') {
                lastFracDigit--;
            }
        }
        if (fm && intDigits.isEmpty() && lastFracDigit == 0 && pre > 0) {
            intDigits = "0"; // FM never prints a number without any digit: 0 is "0."
        }
        // Pass 2: write.
        StringBuilder out = new StringBuilder();
        boolean started = false;
        // A leading S, like the default sign and PR's '<', sits just before the first digit.
        boolean floating = sign == null || sign.equals("PR") || (sign.equals("S") && signFirst);
        boolean signDone = !floating;
        String lead = "S".equals(sign) ? (negative ? "-" : "+") : negative ? ("PR".equals(sign) ? "<" : "-") : fm ? "" : " ";
        int intPos = 0;
        int fracPos = 0;
        boolean inFrac = false;
        i = 0;
        while (i < fmt.length()) {
            char c = Character.toUpperCase(fmt.charAt(i));
            if (fmt.regionMatches(true, i, "FM", 0, 2)) {
                i += 2;
                continue;
            }
            if (fmt.regionMatches(true, i, "MI", 0, 2)) {
                out.append(negative ? "-" : fm ? "" : " ");
                i += 2;
                continue;
            }
            if (fmt.regionMatches(true, i, "PR", 0, 2)) {
                out.append(negative ? ">" : fm ? "" : " ");
                i += 2;
                continue;
            }
            if (fmt.regionMatches(true, i, "TH", 0, 2)) {
                if (!negative && post == 0 && !overflow) {
                    // the ordinal suffix of the integer; none for negative or fractional formats
                    String suffix = ordinal(intDigits.isEmpty() ? "0" : intDigits);
                    out.append(th.equals("th") ? suffix : suffix.toUpperCase(java.util.Locale.ROOT));
                }
                i += 2;
                continue;
            }
            if (c == 'S') {
                if (!signFirst) {
                    out.append(negative ? '-' : '+');
                }
            } else if ((c == '9' || c == '0') && !inFrac) {
                int fromRight = pre - 1 - intPos;
                char d;
                if (overflow) {
                    d = '#';
                } else if (fromRight < intDigits.length()) {
                    d = intDigits.charAt(intDigits.length() - 1 - fromRight);
                } else if (zeroStart >= 0 && intPos >= zeroStart) {
                    d = '0';
                } else {
                    d = ' ';
                }
                if (d != ' ' && !started) {
                    started = true;
                    if (!signDone) {
                        out.append(lead);
                        signDone = true;
                    }
                }
                if (d != ' ' || !fm) {
                    out.append(d);
                }
                intPos++;
            } else if ((c == '.' || c == 'D') && !inFrac) {
                if (!started) {
                    started = true;
                    if (!signDone) {
                        out.append(lead);
                        signDone = true;
                    }
                }
                inFrac = true;
                if (post > 0 || overflow) {
                    out.append('.'); // a point with no fraction digits after it is printed only among #s
                }
            } else if ((c == '9' || c == '0') && inFrac) {
                if (overflow) {
                    out.append('#');
                } else if (fracPos < lastFracDigit) {
                    out.append(fracDigits.charAt(fracPos));
                }
                fracPos++;
            } else if (c == ',' || c == 'G') {
                out.append(started ? ',' : fm ? "" : " ");
            } else if (c == '"') {
                int end = fmt.indexOf('"', i + 1);
                out.append(fmt, i + 1, end < 0 ? fmt.length() : end);
                i = end < 0 ? fmt.length() : end;
            } else {
                out.append(fmt.charAt(i));
            }
            i++;
        }
        if (!signDone) {
            out.insert(0, lead);
        }
        return out.toString();
    }

    /** The number of fraction positions up to and including the last 0 after the decimal point. */
    private static int lastZeroPosition(String fmt) {
        int p = Math.max(fmt.indexOf('.'), fmt.toUpperCase().indexOf('D'));
        if (p < 0) {
            return 0;
        }
        int count = 0;
        int last = 0;
        for (int i = p + 1; i < fmt.length(); i++) {
            char c = fmt.charAt(i);
            if (c == '9' || c == '0') {
                count++;
                if (c == '0') {
                    last = count;
                }
            }
        }
        return last;
    }

    /** st, nd, rd or th for an integer's decimal digits. */
    private static String ordinal(String digits) {
        int last2 = Integer.parseInt(digits.substring(Math.max(0, digits.length() - 2)));
        if (last2 >= 11 && last2 <= 13) {
            return "th";
        }
        return switch (last2 % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
    }

    /**
     * A format that is only RN (roman numerals, optionally FM): the value rounded to an integer,
     * 1 to 3999, right-aligned in 15 characters unless FM, lower case for {@code rn}; 15 {@code #}s
     * outside that range. Null for any other format.
     */
    private static String romanOnly(String fmt, BigDecimal v) {
        String f = fmt;
        boolean fm = false;
        if (f.regionMatches(true, 0, "FM", 0, 2)) {
            fm = true;
            f = f.substring(2);
        }
        if (!f.equalsIgnoreCase("RN")) {
            return null;
        }
        BigDecimal r = v.setScale(0, RoundingMode.HALF_UP);
        if (r.compareTo(BigDecimal.ONE) < 0 || r.compareTo(BigDecimal.valueOf(3999)) > 0) {
            return "#".repeat(15);
        }
        int n = r.intValue();
        String[] th = {"", "M", "MM", "MMM"};
        String[] hu = {"", "C", "CC", "CCC", "CD", "D", "DC", "DCC", "DCCC", "CM"};
        String[] te = {"", "X", "XX", "XXX", "XL", "L", "LX", "LXX", "LXXX", "XC"};
        String[] on = {"", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"};
        String s = th[n / 1000] + hu[n / 100 % 10] + te[n / 10 % 10] + on[n % 10];
        if (f.equals("rn")) {
            s = s.toLowerCase(java.util.Locale.ROOT);
        }
        return fm ? s : " ".repeat(15 - s.length()) + s;
    }
}
