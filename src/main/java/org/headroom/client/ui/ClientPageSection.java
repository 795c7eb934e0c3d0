package org.headroom.client.ui;

import com.vaadin.flow.component.Component;
import org.headroom.client.ClientDetails;

/**
 * A part of the client's page contributed by another feature (intake and warnings, diary, notes),
 * so that the client page stays home without importing every feature. Spring beans; lower
 * {@link #order()} comes first, directly under the client's name.
 */
public interface ClientPageSection {

    int order();

    Component create(ClientDetails client);
}
