/** The command line on top of the pipeline: {@code verbatim build}. */
package org.verbatim.cli;
