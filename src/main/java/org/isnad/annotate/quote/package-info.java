/**
 * Reported statements: the cue (قال، نقلاً عن …), the speaker (named, described, or carried over
 * from the sentence before with verb agreement), the content (quoted or an أنّ/إنّ clause), and
 * the attribution chain from the publisher through relays to the speaker and the speaker's
 * sources. Word lists live in the resource files of this package.
 */
package org.isnad.annotate.quote;
