"""Walks the OParl API from /oparl/ like a client does and checks it against the official schemas."""

import json
from pathlib import Path
from urllib.parse import urlsplit

import jsonschema

# The official OParl 1.1.1 schema files (OParl/spec, CC BY-SA 4.0), copied unchanged.
SCHEMA_DIR = Path(__file__).resolve().parent / "schema"
PREFIX = "https://schema.oparl.org/1.1/"


def load_schemas():
    return {path.stem: json.loads(path.read_text()) for path in SCHEMA_DIR.glob("*.json")}


def validate(schemas, obj):
    """Standard JSON Schema check (unknown keys and the OParl `url` format ignored) plus the prose rules."""
    kind = obj["type"].removeprefix(PREFIX)
    jsonschema.Draft4Validator(schemas[kind]).validate(obj)
    errors = []
    if not obj.get("deleted"):
        for key in ("created", "modified", "id"):
            if key not in obj:
                errors.append(f"{obj.get('id')}: {key} fehlt")
    for key, value in obj.items():
        if value is None or value == "" or value == []:
            errors.append(f"{obj['id']}: {key} leer statt weggelassen")
    if kind == "Meeting" and not obj.get("deleted") and "start" not in obj:
        errors.append(f"{obj['id']}: Meeting ohne start")
    return errors


class Crawler:
    def __init__(self, client, schemas):
        self.client = client
        self.schemas = schemas
        self.objects = {}  # url → object
        self.references = []  # (from url, to url, expected type)
        self.errors = []
        self.lists = set()

    def get(self, url):
        path = urlsplit(url)
        response = self.client.get(path.path + (f"?{path.query}" if path.query else ""))
        assert response["Access-Control-Allow-Origin"] == "*", url
        assert response.status_code == 200, (url, response.status_code, response.content[:300])
        return response.json()

    def crawl(self, start="/oparl/"):
        system = self.get(start)
        self.visit(system, expected="System")
        queue = [system["body"]]
        while queue:
            url = queue.pop()
            if url in self.lists:
                continue
            self.lists.add(url)
            page = self.get(url)
            self.check_list(url, page)
            for obj in page["data"]:
                queue.extend(self.visit(obj))
            if "next" in page["links"]:
                queue.append(page["links"]["next"])
        return self

    def check_list(self, url, page):
        pagination = page["pagination"]
        for key in ("totalElements", "elementsPerPage", "currentPage", "totalPages"):
            assert key in pagination, (url, key)
        for key in ("first", "self", "last"):
            assert key in page["links"], (url, key)
        if pagination["currentPage"] < pagination["totalPages"]:
            assert "next" in page["links"], url
        ids = [obj["id"] for obj in page["data"]]
        assert len(ids) == len(set(ids)), url

    def visit(self, obj, expected=None):
        """Validate an object and its embedded objects; return the external lists it names."""
        kind = obj["type"].removeprefix(PREFIX)
        if expected:
            assert kind == expected, (obj["id"], kind, expected)
        self.errors.extend(validate(self.schemas, obj))
        self.objects.setdefault(obj["id"], obj)
        lists = []
        schema = self.schemas[kind]
        for key, value in obj.items():
            spec = schema["properties"].get(key, {})
            references = spec.get("references") or spec.get("items", {}).get("references")
            if references == "externalList":
                lists.append(value)
            elif references and key not in ("id",):
                for url in value if isinstance(value, list) else [value]:
                    self.references.append((obj["id"], url, references))
            item_schema = spec.get("items", {}).get("schema") if spec.get("type") == "array" else None
            if item_schema:
                for embedded in value:
                    lists.extend(self.visit(embedded, expected=item_schema.removesuffix(".json")))
            elif spec.get("type") == "object" and isinstance(value, dict) and "type" in value:
                lists.extend(self.visit(value))
        return lists

    def check_references(self):
        for source, url, expected in self.references:
            target = self.objects.get(url) or self.get(url)
            self.objects[url] = target
            kind = target["type"].removeprefix(PREFIX)
            if kind != expected:
                self.errors.append(f"{source} → {url}: {kind} statt {expected}")
        # every object answers under its own id with the same type
        for url, obj in list(self.objects.items()):
            fetched = self.get(url)
            if fetched["type"] != obj["type"]:
                self.errors.append(f"{url}: eigene Adresse liefert {fetched['type']}")
        return self
