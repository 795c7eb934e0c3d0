package org.headroom.client.ui;

import com.vaadin.flow.component.UI;

/** Addresses of the client views in one place, so that the views need not import each other. */
final class ClientNavigation {

    static final String LIST = "clients";
    static final String NEW = "clients/new";

    private ClientNavigation() {}

    static String client(long clientId) {
        return "clients/" + clientId;
    }

    static String edit(long clientId) {
        return "clients/" + clientId + "/edit";
    }

    static void go(String location) {
        UI.getCurrent().navigate(location);
    }
}
