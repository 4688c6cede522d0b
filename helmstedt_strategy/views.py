"""Generic edit, history and restore handling shared by the apps' thin views.

Each app decides *who* may do something (its permissions module); these
functions only do the *how*, the same way everywhere.
"""

from django.contrib import messages
from django.http import Http404, HttpResponsePermanentRedirect, HttpResponseRedirect
from django.shortcuts import render
from django.templatetags.static import static
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from .editing import EditConflict, restore_version, save_versioned
from .history import history_page


def edit_versioned(
    request,
    *,
    instance,
    form_class,
    template: str,
    success_url: str,
    context: dict | None = None,
    refusal: str | None = None,
):
    """Show and save an edit form; a stale save shows the conflict and keeps the input.

    `refusal`: why the object may not be changed now (e.g. a paper released meanwhile). A post
    then saves nothing and shows the reason above the user's input (409), so nothing typed is lost.
    """
    conflict = None
    if request.method == "POST":
        form = form_class(request.POST, instance=instance)
        if refusal:
            form.is_valid()
            return render(
                request,
                template,
                {"form": form, "object": instance, "refusal": refusal, **(context or {})},
                status=409,
            )
        if form.is_valid():
            try:
                save_versioned(
                    form.save(commit=False), expected_version=form.cleaned_data["loaded_version"], user=request.user
                )
            except EditConflict as exc:
                conflict = exc
                # The user's input stays in the form; the next save is checked against the current version.
                data = request.POST.copy()
                data["loaded_version"] = exc.current.version
                form = form_class(data, instance=type(instance).objects.get(pk=instance.pk))
                form.is_valid()
            else:
                form.save_m2m()  # many-to-many fields (e.g. partner municipalities) are saved after the object
                messages.success(request, _("Die Änderungen wurden gespeichert."))
                return HttpResponseRedirect(success_url)
    else:
        form = form_class(instance=instance)
    return render(
        request,
        template,
        {"form": form, "object": instance, "conflict": conflict, **(context or {})},
        status=409 if conflict else 200,
    )


def show_history(request, *, instance, template: str, restore_url=None, context: dict | None = None):
    """The object's history; `restore_url(history_id)` gives each earlier version a restore button."""
    try:
        page = int(request.GET.get("seite", "1"))
    except ValueError:
        page = 1
    history = history_page(instance, user=request.user, page=page)
    for index, entry in enumerate(history.entries):
        is_current = history.number == 1 and index == 0
        entry.restore_url = restore_url(entry.record.history_id) if restore_url and not is_current else None
    return render(request, template, {"object": instance, "history": history, **(context or {})})


@require_POST
def restore(request, *, instance, history_id: int, success_url: str):
    record = instance.history.filter(history_id=history_id).first()
    if record is None:
        raise Http404
    try:
        expected = int(request.POST.get("loaded_version", ""))
    except ValueError:
        expected = -1
    try:
        restore_version(instance=instance, record=record, expected_version=expected, user=request.user)
    except EditConflict as exc:
        messages.error(request, exc.message)
    else:
        messages.success(
            request, _("Die frühere Fassung wurde wiederhergestellt. Die Wiederherstellung steht im Verlauf.")
        )
    return HttpResponseRedirect(success_url)


def favicon(request):
    """Browsers ask for /favicon.ico on documents without a <link rel=icon> (PDFs, feeds)."""
    return HttpResponsePermanentRedirect(static("favicon.svg"))
