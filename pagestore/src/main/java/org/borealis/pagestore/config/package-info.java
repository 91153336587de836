/**
 * Typed configuration of a storage node: {@link org.borealis.pagestore.config.StorageConfig} and
 * its sections, each with defaults and checks that name the offending key.
 */
package org.borealis.pagestore.config;
