"""Compounds in German, Danish and Swedish: the shipped word lists and what they find."""

import io
import re

from django.core.management import call_command

import pytest

from search import decompound
from search.decompound import joined, split

from .conftest import on_elasticsearch


def result_links(response):
    return re.findall(r'<h2><a href="([^"]+)">', response.content.decode())


def test_the_word_lists_are_built_from_the_portals_own_vocabulary(tmp_path, monkeypatch):
    monkeypatch.setattr(decompound, "WORDLISTS", tmp_path)
    call_command("build_compound_words", stdout=io.StringIO())
    danish = (tmp_path / "da.txt").read_text("utf-8").split()
    swedish = (tmp_path / "sv.txt").read_text("utf-8").split()
    german = (tmp_path / "de.txt").read_text("utf-8").split()
    # Words of the Danish, Swedish and German versions of the cases and methods.
    assert {"trappemodel", "matchgruppe", "sprogundervisning"} <= set(danish)
    assert {"trappstegsmodell", "förbundschefen"} <= set(swedish)
    assert "potenzialabklärung" in german
    # Only words of that language: the Danish list has no German compound.
    assert "potenzialabklärung" not in danish


def test_a_compound_splits_into_known_words_and_adjacent_words_join():
    assert split("matchgruppe", "da") == ["match", "gruppe"]
    assert split("Sprachunterricht", "de") == ["sprach", "unterricht"]
    assert split("stegmodellen", "sv")[-1].startswith("modell")
    assert split("matchgruppe", "en") == []
    assert split("Herlev", "da") == []
    assert joined(["trappe", "model"], "da") == ["trappemodel"]


@pytest.mark.parametrize("code", ["da", "en"])
def test_matchgruppe_ranks_the_herlev_case_that_contains_it_above_the_solothurn_case(client, code):
    if on_elasticsearch():
        pytest.xfail(
            "open on Elasticsearch: the concept and crosswalk tiers "
            "of the Solothurn case (tagged 'segmentation') outweigh the Herlev case's word"
        )
    links = result_links(client.get(f"/{code}/search/", {"q": "matchgruppe"}))
    herlev = f"/{code}/practices/herlev/ip-integration-partnership/"
    solothurn = f"/{code}/practices/solothurn/continuous-case-management-pilot/"
    assert herlev in links
    assert solothurn not in links or links.index(herlev) < links.index(solothurn)
    assert links[0] == herlev


@pytest.mark.parametrize(("code", "query"), [("sv", "stegmodellen"), ("da", "trappe model")])
def test_a_compound_written_apart_or_in_parts_finds_the_step_model(client, code, query):
    links = result_links(client.get(f"/{code}/search/", {"q": query}))
    assert f"/{code}/methods/step-model/" in links[:3], links
