/**
 * YAML configuration bound strictly to typed records. Read {@link
 * org.borealis.fabric.config.ConfigBinder}: kebab-case keys name record components, defaults come
 * from each record's {@code static defaults()}, and an unknown key, a wrong type or a missing
 * required value stops start-up with a {@link org.borealis.fabric.config.ConfigException} naming
 * the file, the key and what was expected.
 */
package org.borealis.fabric.config;
