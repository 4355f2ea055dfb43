"""Language analysis and crosswalk expansion, the same on every engine."""

from search.analysis import query_terms, stem, stems_of
from search.crosswalk import expand
from search.highlight import snippet
from search.spelling import suggest


def test_each_language_is_stemmed_with_its_own_rules():
    assert stem("inserimenti", "it") == stem("inserimento", "it")
    assert stem("Abklärungen", "de") == stem("Abklärung", "de")
    assert stem("flyktingarna", "sv") == stem("flyktingar", "sv")
    assert stem("borgerne", "da") == stem("borger", "da")
    # English rules would not reduce the Italian plural to the same stem.
    assert stem("inserimenti", "en") != stem("inserimento", "en")


def test_query_terms_keep_stop_words_and_stop_at_the_limit():
    """Stop words stay in the query (dropping them earned nothing: docs/search.md)."""
    assert query_terms("la presa in carico", "it") == ["la", "presa", "in", "carico"]
    assert query_terms("AND OR NOT", "en") == ["AND", "OR", "NOT"]
    assert len(query_terms(" ".join(["word"] * 40), "en")) == 12


def test_query_terms_keep_only_words():
    assert query_terms('"unbalanced NEAR( *** 😀 \x00', "en") == ["unbalanced", "NEAR"]
    assert query_terms("", "en") == []


def test_indexed_text_carries_stems_of_its_language():
    assert "inser" in stems_of("inserimenti lavorativi", "it")


def test_a_term_in_any_language_expands_to_the_other_languages():
    """'inserimento lavorativo' hits the work-placement concept and brings its other terms."""
    expansion = expand("inserimenti lavorativi")
    assert [concept.key for concept in expansion.concepts] == ["work-placement"]
    assert "virksomhedspraktik" in expansion.terms
    assert "arbetsträning" in expansion.terms
    assert "work placement" in expansion.terms
    assert "inserimento lavorativo" not in expansion.terms


def test_a_query_without_crosswalk_terms_is_not_expanded():
    assert not expand("Boston")


def test_snippet_marks_matching_words_and_escapes_the_rest():
    text = "Language <script>alert(1)</script> lessons were planned around the job."
    html = snippet(text, ["lesson"], ("en",))
    assert "<mark>lessons</mark>" in html
    assert "&lt;script&gt;" in html and "<script>" not in html


def test_misspelt_word_gets_the_closest_known_word():
    assert suggest(["Potenzialabklärng"], "de") == "Potenzialabklärung"
    assert suggest(["segmentaton"], "en").lower() == "segmentation"
    assert suggest(["Boston"], "en") == ""


def test_stemming_is_safe_from_several_threads():
    """Threaded gunicorn workers stem at once; a shared Snowball stemmer raised
    IndexError and returned wrong stems (seen as a 500 on /sv/search/)."""
    import threading

    from search import analysis

    words = ["arbetsträningen", "kommunerna", "sysselsättningen", "handläggningen"] * 1500
    expected = {word: analysis.stem.__wrapped__(word, "sv") for word in set(words)}
    problems = []

    def run():
        try:
            for word in words:
                if analysis.stem.__wrapped__(word, "sv") != expected[word]:
                    problems.append(word)
        except Exception as error:  # the race raised inside the stemmer
            problems.append(repr(error))

    threads = [threading.Thread(target=run) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert problems == []
