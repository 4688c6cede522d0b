from .models import District


def district(request):
    """The district's identity for the page header (one query per page)."""
    return {"district": District.objects.first()}
