"""Documents in the admin: multiple upload and its update step, review before publication,
one territory per entry, each territory's collection."""

import json
import re

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core import mail
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from wagtail.models import Collection

import pytest

from library.models import PortalDocument, ReviewStatus
from practices.models import TerritoryPage

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
WORD = "Quokkafield"


def _user(name, *groups, **extra):
    user = get_user_model().objects.create_user(name, f"{name}@example.org", "pw", **extra)
    user.groups.set(Group.objects.filter(name__in=groups))
    return user


@pytest.fixture
def herlev(db):
    return _user("herlev-coordinator", "Coordinators: Herlev")


@pytest.fixture
def moderator(db):
    return _user("moderator", "Moderators")


@pytest.fixture
def superuser(db):
    return get_user_model().objects.create_superuser("boss", "boss@example.org", "pw")


def _upload(client, title):
    """Step 1 of /admin/documents/multiple/add/: the file goes up with a title only."""
    response = client.post(
        reverse("wagtaildocs:add_multiple"),
        {"title": title, "files[]": SimpleUploadedFile(f"{title}.pdf", PDF)},
    )
    assert response.status_code == 200
    data = json.loads(response.content)
    assert data["success"], data
    return data


def _field_names(form_html):
    return set(re.findall(r'name="([^"]+)"', form_html))


def _preselected(form_html):
    """What a browser would send for the form's selects: their selected options."""
    values = {}
    for name, body in re.findall(r'<select name="([^"]+)"[^>]*>(.*?)</select>', form_html, re.S):
        chosen = re.search(r'<option value="([^"]+)"[^>]*selected', body)
        if chosen:
            values[name] = chosen.group(1)
    return values


def _update(client, data, title, **fields):
    """Step 2 ("Update"): the metadata form that the upload answered with."""
    upload_id = data["uploaded_file_id"]
    prefix = f"uploaded-document-{upload_id}"
    names = _field_names(data["form"])
    post = _preselected(data["form"])
    post.update({f"{prefix}-title": title, f"{prefix}-document_type": "workshop_report"})
    post[f"{prefix}-language"] = "en"
    for name, value in fields.items():
        post[f"{prefix}-{name}"] = value
    if f"{prefix}-collection" in names and f"{prefix}-collection" not in post:
        post[f"{prefix}-collection"] = Collection.get_first_root_node().pk
    return client.post(
        reverse("wagtaildocs:create_multiple_from_uploaded_document", args=[upload_id]), post
    )


@pytest.mark.parametrize("role", ["superuser", "herlev"])
def test_multiple_upload_and_update_work(role, request, client, locales):
    """Upload then Update answers JSON success (no 500) and the document exists with its
    metadata, asked for after the upload."""
    user = request.getfixturevalue(role)
    client.force_login(user)
    assert client.get(reverse("wagtaildocs:add_multiple")).status_code == 200
    data = _upload(client, f"{WORD} {role}")
    assert "uploaded_file_id" in data
    names = _field_names(data["form"])
    prefix = f"uploaded-document-{data['uploaded_file_id']}"
    assert {f"{prefix}-document_type", f"{prefix}-language", f"{prefix}-territory"} <= names
    territory = TerritoryPage.objects.get(slug="herlev", locale=locales["en"])
    response = _update(client, data, f"{WORD} {role}", territory=territory.pk)
    assert response.status_code == 200
    result = json.loads(response.content)
    assert result["success"], result
    document = PortalDocument.objects.get(title=f"{WORD} {role}")
    assert document.file.read().startswith(b"%PDF-")
    assert document.territory == territory
    assert document.collection.name == "Herlev"
    expected = ReviewStatus.APPROVED if role == "superuser" else ReviewStatus.PENDING
    assert document.review_status == expected


def test_update_of_an_uploaded_document_in_the_multiple_form(client, superuser):
    """The edit step of the multiple uploader (no file field) saves without a 500."""
    client.force_login(superuser)
    document = PortalDocument(title="Edit me", collection=Collection.get_first_root_node())
    document.file.save("edit-me.pdf", ContentFile(PDF), save=False)
    document.save()
    prefix = f"doc-{document.pk}"
    response = client.post(
        reverse("wagtaildocs:edit_multiple", args=[document.pk]),
        {
            f"{prefix}-title": "Edited title",
            f"{prefix}-collection": document.collection_id,
            f"{prefix}-document_type": "form",
            f"{prefix}-language": "da",
        },
    )
    assert response.status_code == 200
    assert json.loads(response.content)["success"]
    document.refresh_from_db()
    assert (document.title, document.document_type, document.language) == (
        "Edited title",
        "form",
        "da",
    )


def test_coordinator_gets_their_territory_by_default_and_each_territory_once(client, herlev):
    """The coordinator's form preselects Herlev; every territory is offered once."""
    client.force_login(herlev)
    html = client.get(reverse("wagtaildocs:add")).content.decode()
    select = html.split('name="territory"', 1)[1].split("</select>", 1)[0]
    options = re.findall(r"<option[^>]*>([^<]+)</option>", select)
    options = [option.strip() for option in options if option.strip() != "---------"]
    assert len(options) == len(set(options)) == 7
    assert re.search(r'<option value="\d+" selected>Herlev</option>', select)


def _visible(client, title):
    library = client.get("/en/library/", {"q": WORD}).content.decode()
    search = client.get("/en/search/", {"q": WORD}).content.decode()
    api = client.get("/api/v2/documents/", {"limit": 100}).content.decode()
    return {"library": title in library, "search": title in search, "api": title in api}


def test_coordinator_document_is_held_until_approved(client, herlev, moderator, locales):
    """A coordinator's upload is absent from the library, search and API, the moderators
    are e-mailed and see it in their queue; once approved it is everywhere."""
    client.force_login(herlev)
    data = _upload(client, f"{WORD} held")
    mail.outbox.clear()
    response = _update(client, data, f"{WORD} held")
    assert json.loads(response.content)["success"]
    document = PortalDocument.objects.get(title=f"{WORD} held")
    assert document.review_status == ReviewStatus.PENDING
    assert [message.to for message in mail.outbox] == [["moderator@example.org"]]
    assert f"{WORD} held" in mail.outbox[0].subject

    client.logout()
    assert _visible(client, f"{WORD} held") == {"library": False, "search": False, "api": False}
    assert client.get(f"/api/v2/documents/{document.pk}/").status_code == 404

    client.force_login(herlev)
    assert client.get(reverse("library_review:index")).status_code in (302, 403)
    client.post(reverse("library_review:approve", args=[document.pk]))
    document.refresh_from_db()
    assert document.review_status == ReviewStatus.PENDING

    client.force_login(moderator)
    queue = client.get(reverse("library_review:index")).content.decode()
    assert f"{WORD} held" in queue and "Approve" in queue
    dashboard = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "Documents to review" in dashboard
    response = client.post(reverse("library_review:approve", args=[document.pk]))
    assert response.status_code == 302
    document.refresh_from_db()
    assert document.review_status == ReviewStatus.APPROVED
    assert document.reviewed_by == moderator

    client.logout()
    assert _visible(client, f"{WORD} held") == {"library": True, "search": True, "api": True}


def test_public_queryset_is_approved_and_unrestricted():
    """PortalDocument.objects.public(): neither pending nor members-only documents."""
    members = Collection.objects.get(name="Network members only")
    root = Collection.get_first_root_node()
    pending = PortalDocument(title="Pending", collection=root, review_status=ReviewStatus.PENDING)
    private = PortalDocument(title="Private", collection=members)
    public = PortalDocument(title="Public", collection=root)
    for document in (pending, private, public):
        document.file.save("x.pdf", ContentFile(PDF), save=False)
        document.save()
    ids = set(PortalDocument.objects.public().values_list("pk", flat=True))
    assert public.pk in ids and pending.pk not in ids and private.pk not in ids
