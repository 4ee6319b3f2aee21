package io.leadrelay.support;

import com.icegreen.greenmail.util.ServerSetup;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;

/** A GreenMail SMTP setup on a free port, so test runs in parallel checkouts do not collide. */
public final class FreeSmtp {

    private FreeSmtp() {
    }

    public static ServerSetup onFreePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return new ServerSetup(socket.getLocalPort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
