/** Second stage: turns become numbered questions with their answers, titles and paragraph ids. */
package org.verbatim.structure;
