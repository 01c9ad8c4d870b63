/**
 * What the reproductions found, summed up for readers and for the search index: per reproduction its verdict counts
 * and the run that measured them, per paper one reproduction status. Built on the reproduction feature's public face
 * ({@link org.livesurvey.reproduction.ReproductionService}) and nothing else, so that feature stays the one owner of
 * runs and verdicts.
 */
package org.livesurvey.results;
