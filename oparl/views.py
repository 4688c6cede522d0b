"""The OParl 1.1 endpoints: read-only, anonymous, JSON, CORS open, errors as OParl Error objects."""

import json
from functools import wraps

from django.http import FileResponse, HttpResponse, HttpResponseNotModified, JsonResponse
from django.http.response import HttpResponseBase
from django.utils.http import http_date, quote_etag

from goals.models import District

from . import public, serializers
from .lists import ListError, paginate

ERROR = "https://schema.oparl.org/1.1/Error"


class OparlError(Exception):
    def __init__(self, status, message, debug=""):
        super().__init__(message)
        self.status, self.message, self.debug = status, message, debug


def error_response(status, message, debug=""):
    data = {"type": ERROR, "message": message}
    if debug:
        data["debug"] = debug
    response = JsonResponse(data, status=status, json_dumps_params={"ensure_ascii": False})
    response["Access-Control-Allow-Origin"] = "*"
    return response


def api(view):
    """JSON out, CORS header on every answer, OParl errors instead of HTML pages."""

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        if request.method not in ("GET", "HEAD"):
            return error_response(405, "Nur GET ist erlaubt.")
        try:
            result = view(request, *args, **kwargs)
        except OparlError as exc:
            return error_response(exc.status, exc.message, exc.debug)
        except ListError as exc:
            return error_response(400, str(exc))
        if isinstance(result, HttpResponseBase):
            response = result
        else:
            response = HttpResponse(
                json.dumps(result, ensure_ascii=False), content_type="application/json; charset=utf-8"
            )
        response["Access-Control-Allow-Origin"] = "*"
        return response

    return wrapper


def _district():
    return District.objects.order_by("pk").first()


def _context(request, body_id=None):
    district = _district()
    if district is None or (body_id is not None and body_id != district.pk):
        raise OparlError(404, "Diese Körperschaft gibt es nicht.")
    omit = request.GET.get("omit_internal", "").lower() in ("1", "true")
    return serializers.Context(request=request, body_id=district.pk, omit_internal=omit), district


@api
def system(request):
    district = _district()
    ctx = serializers.Context(request=request, body_id=district.pk if district else 0)
    return serializers.system(ctx, district)


@api
def body_list(request):
    from committees.models import LegislativeTerm

    district = _district()
    ctx = serializers.Context(request=request, body_id=district.pk if district else 0)
    terms = list(LegislativeTerm.objects.order_by("pk"))
    return paginate(
        request,
        District.objects.filter(pk=ctx.body_id),
        serialize=lambda page: [serializers.body(ctx, d, terms) for d in page],
        tombstones=None,
        tombstone=None,
    )


def _list(request, ctx, kind, **filters):
    return paginate(
        request,
        public.live(kind).filter(**filters),
        serialize=lambda page: serializers.serialize(kind, page, ctx),
        tombstones=public.tombstones(kind).filter(**filters),
        tombstone=lambda record: serializers.tombstone(ctx, kind, record),
    )


@api
def object_list(request, body: int, kind: str):
    ctx, _district_obj = _context(request, body)
    if kind not in serializers.LIST_KINDS:
        raise OparlError(404, "Diese Liste gibt es nicht.", f"Bekannte Listen: {', '.join(serializers.LIST_KINDS)}")
    return _list(request, ctx, kind)


def _committee(pk):
    from committees.models import Organization

    org = Organization.objects.filter(pk=pk).first()
    if org is None or not org.is_committee:
        raise OparlError(404, "Dieses Gremium gibt es nicht.")
    return org


@api
def organization_meetings(request, pk: int):
    ctx, _ = _context(request)
    _committee(pk)
    return _list(request, ctx, "meeting", organization_id=pk)


@api
def organization_consultations(request, pk: int):
    ctx, _ = _context(request)
    _committee(pk)
    return _list(request, ctx, "consultation", organization_id=pk)


@api
def object_detail(request, kind: str, pk: int):
    ctx, district = _context(request)
    if kind == "body":
        if pk != district.pk:
            raise OparlError(404, "Diese Körperschaft gibt es nicht.")
        from committees.models import LegislativeTerm

        return serializers.body(ctx, district, LegislativeTerm.objects.order_by("pk"))
    if kind == "main-file":
        paper = public.papers().filter(pk=pk).first()
        if paper is None:
            raise OparlError(404, "Diese Datei gibt es nicht oder sie ist nicht öffentlich.")
        return serializers.main_file(ctx, paper)
    if kind not in serializers.LIST_KINDS:
        raise OparlError(404, "Diesen Objekttyp gibt es nicht.")
    found = list(public.live(kind).filter(pk=pk))
    if found:
        return serializers.serialize(kind, found, ctx)[0]
    record = public.tombstones(kind).filter(id=pk).first()
    if record is not None:
        return serializers.tombstone(ctx, kind, record)
    raise OparlError(404, "Dieses Objekt gibt es nicht oder es ist nicht öffentlich.")


def _public_file(pk):
    found = public.files().filter(pk=pk).first()
    if found is None:
        if public.tombstones("file").filter(id=pk).exists():
            raise OparlError(410, "Diese Datei wurde gelöscht.")
        raise OparlError(404, "Diese Datei gibt es nicht oder sie ist nicht öffentlich.")
    return found


def _serve(request, pk, *, as_attachment):
    attachment = _public_file(pk)
    etag = quote_etag(f"{attachment.pk}-{attachment.version}-{int(attachment.updated_at.timestamp())}")
    if request.headers.get("If-None-Match") == etag:
        response = HttpResponseNotModified()
    else:
        response = FileResponse(
            attachment.file.open("rb"),
            as_attachment=as_attachment,
            filename=attachment.file.name.rsplit("/", 1)[-1],
            content_type=attachment.mime_type,
        )
    response["ETag"] = etag
    response["Last-Modified"] = http_date(attachment.updated_at.timestamp())
    return response


@api
def file_access(request, pk: int):
    """accessUrl: shown in the browser (Content-Disposition inline, never attachment)."""
    return _serve(request, pk, as_attachment=False)


@api
def file_download(request, pk: int):
    """downloadUrl: saved as a file (Content-Disposition attachment)."""
    return _serve(request, pk, as_attachment=True)


@api
def not_found(request):
    raise OparlError(404, "Diese Adresse gibt es in der OParl-Schnittstelle nicht.")
