"""Settings for the demo on a developer's machine (`make run`)."""

from .base import *  # noqa: F403

DEBUG = True
