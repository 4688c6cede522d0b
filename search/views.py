from django.shortcuts import render

from .queries import search_all


def search(request):
    """Public: everyone searches what they may see (each model's visible_to decides)."""
    text = request.GET.get("q", "")
    groups = search_all(request.user, text)
    return render(
        request,
        "search/results.html",
        {"q": text.strip(), "groups": groups, "total": sum(g.total for g in groups)},
    )
