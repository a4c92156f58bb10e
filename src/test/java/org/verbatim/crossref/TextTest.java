package org.verbatim.crossref;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class TextTest {
    @Test
    void curlyApostrophesAnalyseAsStraightOnesWithTheSameOffsets() {
        String curly = "China\u2019s leaders don\u2019t say \u2018investments\u2019.";
        List<Text.Token> tokens = Text.tokens(Text.analyzer(), curly);
        assertEquals(Text.tokens(Text.analyzer(), curly.replace('\u2019', '\'').replace('\u2018', '\'')), tokens);
        assertEquals(List.of("china", "leader", "invest"), tokens.stream().map(Text.Token::stem).toList());
        assertEquals("China\u2019s", curly.substring(tokens.get(0).start(), tokens.get(0).end()));
    }
}
