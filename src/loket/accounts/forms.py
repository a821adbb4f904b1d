from django import forms
from django.contrib.auth import password_validation
from django.utils.translation import gettext_lazy as _

from .models import User


class MagicLinkForm(forms.Form):
    email = forms.EmailField(label=_("Your e-mail address"))


class SignUpForm(forms.Form):
    email = forms.EmailField(label=_("Your e-mail address"))
    password = forms.CharField(
        label=_("Choose a password"),
        required=False,
        widget=forms.PasswordInput(render_value=True),
        help_text=_("Without a password you log in with a link we e-mail to you."),
    )

    def clean_email(self):
        email = self.cleaned_data["email"].lower()
        if User.objects.filter(email__iexact=email).exists():
            raise forms.ValidationError(
                _("There is already an account with this address. Log in instead.")
            )
        return email

    def clean_password(self):
        password = self.cleaned_data.get("password")
        if password:
            password_validation.validate_password(password)
        return password
