package org.livesurvey.ingest.classify;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Words of a title or abstract as the classifier counts them: Lucene's English analysis (lower case, stop words
 * dropped, Porter stems), so "reasoning", "reasons" and "reasoned" are one feature, and pairs of neighbouring words,
 * because the field's vocabulary is phrases ("chain of thought" leaves "chain thought", "reward model").
 */
final class TextTerms {

    private static final Analyzer ANALYZER = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String field) {
            Tokenizer tokenizer = new StandardTokenizer();
            TokenStream stream = new EnglishPossessiveFilter(tokenizer);
            stream = new LowerCaseFilter(stream);
            stream = new StopFilter(stream, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
            return new TokenStreamComponents(tokenizer, new PorterStemFilter(stream));
        }
    };

    private TextTerms() {
    }

    /** Stems in text order; numbers-only tokens are dropped (years and sizes say nothing about a topic). */
    static List<String> stems(String text) {
        List<String> stems = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return stems;
        }
        try (TokenStream stream = ANALYZER.tokenStream("text", new StringReader(text))) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                String stem = term.toString();
                if (!stem.chars().allMatch(Character::isDigit)) {
                    stems.add(stem);
                }
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("reading a string cannot fail", e);
        }
        return stems;
    }

    /** Each pair of neighbouring stems, joined by a space. */
    static List<String> pairs(List<String> stems) {
        List<String> pairs = new ArrayList<>();
        for (int i = 1; i < stems.size(); i++) {
            pairs.add(stems.get(i - 1) + " " + stems.get(i));
        }
        return pairs;
    }
}
