package org.borealis.pagestore.replay;

import java.util.Collection;

import org.borealis.pagestore.node.Group;

/** The groups the replay serves; the node adds groups while it runs. */
@FunctionalInterface
public interface GroupSource {

    Collection<Group> groups();
}
