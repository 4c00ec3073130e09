package dev.tminus.gateway;

import java.io.IOException;

/** The peer sent bytes that are not WebSocket as RFC 6455 defines it: garbage, for the checks. */
public class WebSocketProtocolException extends IOException {

    public WebSocketProtocolException(String message) {
        super(message);
    }
}
