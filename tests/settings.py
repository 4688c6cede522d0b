"""Test settings: the real settings, made fast (pretix/src/tests/settings.py style)."""

import os

os.environ.setdefault("SECRET_KEY", "test-only-secret-key-not-for-production-0123456789abcdefghijklmnop")
os.environ.setdefault("SECURE_SSL_REDIRECT", "false")

from helmstedt_strategy.settings import *  # noqa: E402, F403

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
SESSION_COOKIE_SECURE = False
CSRF_COOKIE_SECURE = False
SECURE_HSTS_SECONDS = 0
ALLOWED_HOSTS = ["*"]
MEDIA_ROOT = BASE_DIR / "var" / "test-media"  # noqa: F405
# The storage as shipped (hashed, compressed names); tests/conftest.py runs `collectstatic` into this folder
# once per session (and again only when a static file changed), before anything renders a page.
STATIC_ROOT = BASE_DIR / "var" / "test-static"  # noqa: F405
# axe-core for the browser tests, served from our own origin so the CSP (script-src 'self') allows it.
STATICFILES_DIRS = [*STATICFILES_DIRS, ("e2e-vendor", BASE_DIR / "tests" / "e2e" / "vendor")]  # noqa: F405
