/**
 * Fifth stage: JBake 2.7 bakes the content folder with our Freemarker templates and our Flexmark engine, driven
 * so that each page costs O(1) (JBake's stock renderer re-queries every document of a type for each page).
 */
package org.verbatim.bake;
