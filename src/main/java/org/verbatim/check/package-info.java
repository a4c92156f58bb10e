/** Last stage: proves the baked site is whole (every transcript word, once, in order) and that every link lands. */
package org.verbatim.check;
