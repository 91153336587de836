package org.borealis.sql.wire;

import io.netty.buffer.ByteBuf;

/** Authentication* ('R'): Ok, CleartextPassword, MD5Password, SASL, SASLContinue, SASLFinal. */
public record AuthenticationMessage(int code, byte[] data, String[] mechanisms) implements BackendMessage {

    public static final int OK = 0;
    public static final int CLEARTEXT = 3;
    public static final int MD5 = 5;
    public static final int SASL = 10;
    public static final int SASL_CONTINUE = 11;
    public static final int SASL_FINAL = 12;

    public static AuthenticationMessage ok() {
        return new AuthenticationMessage(OK, null, null);
    }

    public static AuthenticationMessage cleartext() {
        return new AuthenticationMessage(CLEARTEXT, null, null);
    }

    public static AuthenticationMessage md5(byte[] salt) {
        return new AuthenticationMessage(MD5, salt, null);
    }

    public static AuthenticationMessage sasl(String... mechanisms) {
        return new AuthenticationMessage(SASL, null, mechanisms);
    }

    public static AuthenticationMessage saslContinue(byte[] data) {
        return new AuthenticationMessage(SASL_CONTINUE, data, null);
    }

    public static AuthenticationMessage saslFinal(byte[] data) {
        return new AuthenticationMessage(SASL_FINAL, data, null);
    }

    @Override
    public void encode(ByteBuf out) {
        int at = BackendMessage.begin(out, 'R');
        out.writeInt(code);
        if (mechanisms != null) {
            for (String m : mechanisms) {
                BackendMessage.cstring(out, m);
            }
            out.writeByte(0);
        }
        if (data != null) {
            out.writeBytes(data);
        }
        BackendMessage.end(out, at);
    }
}
