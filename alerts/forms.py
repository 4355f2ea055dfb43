from django import forms
from django.utils.translation import gettext_lazy as _


class SubscribeForm(forms.Form):
    email = forms.EmailField(label=_("Your e-mail address"), max_length=254)
    consent = forms.BooleanField(
        label=_(
            "I agree that the portal keeps my e-mail address to send me these alerts, "
            "until I unsubscribe."
        ),
        error_messages={"required": _("Without your consent no address can be kept.")},
    )
    # Hidden from people (CSS and aria-hidden); bots fill it in.
    website = forms.CharField(required=False, label=_("Leave this field empty"))
    query = forms.CharField(required=False, widget=forms.HiddenInput, max_length=1000)
    series = forms.CharField(required=False, widget=forms.HiddenInput, max_length=64)
