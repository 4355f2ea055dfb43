"""``manage.py generate_scale_content`` saves its pages with search indexing off and
indexes everything once at the end (saving thousands of pages one by one with the
database backends' per-save title-weight refresh is quadratic): the generated content
must still be in the search index, and nothing else must drop out of it."""

import io

from django.core.management import call_command

from wagtail.search.backends import get_search_backend

from practices.models import PracticePage


def test_generated_cases_are_searchable_and_the_real_ones_still_are():
    backend = get_search_backend()
    real = PracticePage.objects.filter(is_synthetic=False)
    before = {hit.pk for hit in backend.search("Herlev", real)}
    assert before
    call_command(
        "generate_scale_content",
        cases=3,
        territories=1,
        methods=1,
        reports=1,
        documents=1,
        stdout=io.StringIO(),
    )
    synthetic = PracticePage.objects.filter(is_synthetic=True)
    assert synthetic.count() == 3
    found = {hit.pk for hit in backend.search("Synthetic Case", synthetic)}
    assert found == set(synthetic.values_list("pk", flat=True))
    assert {hit.pk for hit in backend.search("Herlev", real)} == before
