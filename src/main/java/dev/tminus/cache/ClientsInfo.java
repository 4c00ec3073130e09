package dev.tminus.cache;

import java.util.Map;

/**
 * What {@code INFO clients} says about connection slots (Redis 7 lists {@code maxclients} there, so no
 * {@code CONFIG GET} is needed).
 *
 * @param maxclients the server's limit of client connections
 * @param connected  {@code connected_clients} now, this check's own connection included
 * @param section    the section as the server answered it, for the evidence
 */
public record ClientsInfo(int maxclients, int connected, String section) {

    /** The slots left for the fleet: {@code maxclients − (connected − 1)}; the check's own connection goes away. */
    public int free() {
        return maxclients - (connected - 1);
    }

    /** {@code maxclients 10000 − 3 connected now (not counting this check) = 9997}. */
    public String arithmetic() {
        return "maxclients " + maxclients + " − " + (connected - 1) + " connected now (not counting this check) = " + free();
    }

    static ClientsInfo parse(String section) {
        Map<String, String> fields = InfoSection.fields(section);
        String max = fields.get("maxclients");
        String connected = fields.get("connected_clients");
        if (max == null || connected == null) {
            return null;
        }
        return new ClientsInfo(Integer.parseInt(max), Integer.parseInt(connected), section);
    }
}
