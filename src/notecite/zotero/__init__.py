"""Zotero: CSL-JSON records as Zotero items, pushed to Zotero desktop or a zotero.org library.

- :func:`record_to_item`, :func:`library_to_items`: Zotero item JSON (Web API shape).
- :func:`push_connector`: save into a running Zotero desktop (connector server, port 23119).
- :func:`push_web`: create items in a zotero.org user or group library (Web API v3).
"""
from ..formats.citations import citations_from_json, read_citations
from .connector import ConnectorReport, push_connector
from .items import library_to_items, provenance_note, record_to_item
from .schema import zotero_type
from .webapi import PushReport, WebAPI, push_web

__all__ = ["ConnectorReport", "PushReport", "WebAPI", "citations_from_json", "library_to_items",
           "provenance_note", "push_connector", "push_web", "read_citations", "record_to_item", "zotero_type"]
