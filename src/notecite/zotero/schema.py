"""The parts of Zotero's item schema that notecite writes, and Zotero's CSL mappings.

Transcribed from Zotero's own ``schema.json`` (github.com/zotero/zotero-schema, schema
version 22): per item type the valid fields (``field=base`` where a type-specific field
stands for a base field) and creator types (the primary one first), and the ``csl``
section (types, text fields, dates, names). Zotero's API rejects fields and creator types
that are not valid for an item type, so every field notecite writes is checked here.
"""
from __future__ import annotations

from dataclasses import dataclass

SCHEMA_VERSION = 22

_TYPES = {
    "artwork": ("title abstractNote artworkMedium=medium artworkSize date language shortTitle archive "
                "archiveLocation libraryCatalog callNumber url accessDate rights extra", "artist contributor"),
    "audioRecording": ("title abstractNote audioRecordingFormat=medium seriesTitle volume numberOfVolumes place "
                       "label=publisher date runningTime language ISBN shortTitle archive archiveLocation "
                       "libraryCatalog callNumber url accessDate rights extra", "performer contributor composer wordsBy"),
    "bill": ("title abstractNote billNumber=number code codeVolume=volume section codePages=pages legislativeBody "
             "session history date language url accessDate shortTitle rights extra", "sponsor cosponsor contributor"),
    "blogPost": ("title abstractNote blogTitle=publicationTitle websiteType=type date url accessDate language "
                 "shortTitle rights extra", "author commenter contributor"),
    "book": ("title abstractNote series seriesNumber volume numberOfVolumes edition place publisher date numPages "
             "language ISBN shortTitle url accessDate archive archiveLocation libraryCatalog callNumber rights extra",
             "author contributor editor translator seriesEditor"),
    "bookSection": ("title abstractNote bookTitle=publicationTitle series seriesNumber volume numberOfVolumes edition "
                    "place publisher date pages language ISBN shortTitle url accessDate archive archiveLocation "
                    "libraryCatalog callNumber rights extra",
                    "author contributor editor bookAuthor translator seriesEditor"),
    "case": ("caseName=title abstractNote court=authority dateDecided=date docketNumber=number reporter "
             "reporterVolume=volume firstPage=pages history language shortTitle url accessDate rights extra",
             "author counsel contributor"),
    "computerProgram": ("title abstractNote seriesTitle versionNumber date system place company=publisher "
                        "programmingLanguage ISBN shortTitle url rights archive archiveLocation libraryCatalog "
                        "callNumber accessDate extra", "programmer contributor"),
    "conferencePaper": ("title abstractNote date proceedingsTitle=publicationTitle conferenceName place publisher "
                        "volume pages series language DOI ISBN shortTitle url accessDate archive archiveLocation "
                        "libraryCatalog callNumber rights extra", "author contributor editor translator seriesEditor"),
    "dictionaryEntry": ("title abstractNote dictionaryTitle=publicationTitle series seriesNumber volume "
                        "numberOfVolumes edition place publisher date pages language ISBN shortTitle url accessDate "
                        "archive archiveLocation libraryCatalog callNumber rights extra",
                        "author contributor editor translator seriesEditor"),
    "document": ("title abstractNote publisher date language shortTitle url accessDate archive archiveLocation "
                 "libraryCatalog callNumber rights extra", "author contributor editor translator reviewedAuthor"),
    "encyclopediaArticle": ("title abstractNote encyclopediaTitle=publicationTitle series seriesNumber volume "
                            "numberOfVolumes edition place publisher date pages ISBN shortTitle url accessDate "
                            "language archive archiveLocation libraryCatalog callNumber rights extra",
                            "author contributor editor translator seriesEditor"),
    "film": ("title abstractNote distributor=publisher date genre=type videoRecordingFormat=medium runningTime "
             "language shortTitle url accessDate archive archiveLocation libraryCatalog callNumber rights extra",
             "director contributor scriptwriter producer"),
    "forumPost": ("title abstractNote forumTitle=publicationTitle postType=type date language shortTitle url "
                  "accessDate rights extra", "author contributor"),
    "hearing": ("title abstractNote committee place publisher numberOfVolumes documentNumber=number pages "
                "legislativeBody=authority session history date language shortTitle url accessDate rights extra",
                "contributor"),
    "interview": ("title abstractNote date interviewMedium=medium language shortTitle url accessDate archive "
                  "archiveLocation libraryCatalog callNumber rights extra",
                  "interviewee contributor interviewer translator"),
    "journalArticle": ("title abstractNote publicationTitle volume issue pages date series seriesTitle seriesText "
                       "journalAbbreviation language DOI ISSN shortTitle url accessDate archive archiveLocation "
                       "libraryCatalog callNumber rights extra",
                       "author contributor editor translator reviewedAuthor"),
    "letter": ("title abstractNote letterType=type date language shortTitle url accessDate archive archiveLocation "
               "libraryCatalog callNumber rights extra", "author contributor recipient"),
    "magazineArticle": ("title abstractNote publicationTitle volume issue date pages language ISSN shortTitle url "
                        "accessDate archive archiveLocation libraryCatalog callNumber rights extra",
                        "author contributor translator reviewedAuthor"),
    "manuscript": ("title abstractNote manuscriptType=type place date numPages language shortTitle url accessDate "
                   "archive archiveLocation libraryCatalog callNumber rights extra", "author contributor translator"),
    "map": ("title abstractNote mapType=type scale seriesTitle edition place publisher date language ISBN shortTitle "
            "url accessDate archive archiveLocation libraryCatalog callNumber rights extra",
            "cartographer contributor seriesEditor"),
    "newspaperArticle": ("title abstractNote publicationTitle place edition date section pages language shortTitle "
                         "ISSN url accessDate archive archiveLocation libraryCatalog callNumber rights extra",
                         "author contributor translator reviewedAuthor"),
    "patent": ("title abstractNote place country assignee issuingAuthority=authority patentNumber=number filingDate "
               "pages applicationNumber priorityNumbers issueDate=date references legalStatus=status language "
               "shortTitle url accessDate rights extra", "inventor attorneyAgent contributor"),
    "podcast": ("title abstractNote seriesTitle episodeNumber=number audioFileType=medium runningTime url accessDate "
                "language shortTitle rights extra", "podcaster contributor guest"),
    "preprint": ("title abstractNote genre=type repository=publisher archiveID=number place date series seriesNumber "
                 "DOI citationKey url accessDate archive archiveLocation shortTitle language libraryCatalog "
                 "callNumber rights extra", "author contributor editor translator reviewedAuthor"),
    "presentation": ("title abstractNote presentationType=type date place meetingName url accessDate language "
                     "shortTitle rights extra", "presenter contributor"),
    "radioBroadcast": ("title abstractNote programTitle=publicationTitle episodeNumber=number "
                       "audioRecordingFormat=medium place network=publisher date runningTime language shortTitle url "
                       "accessDate archive archiveLocation libraryCatalog callNumber rights extra",
                       "director scriptwriter producer castMember contributor guest"),
    "report": ("title abstractNote reportNumber=number reportType=type seriesTitle place institution=publisher date "
               "pages language shortTitle url accessDate archive archiveLocation libraryCatalog callNumber rights extra",
               "author contributor translator seriesEditor"),
    "statute": ("nameOfAct=title abstractNote code codeNumber publicLawNumber=number dateEnacted=date pages section "
                "session history language shortTitle url accessDate rights extra", "author contributor"),
    "thesis": ("title abstractNote thesisType=type university=publisher place date numPages language shortTitle url "
               "accessDate archive archiveLocation libraryCatalog callNumber rights extra", "author contributor"),
    "tvBroadcast": ("title abstractNote programTitle=publicationTitle episodeNumber=number "
                    "videoRecordingFormat=medium place network=publisher date runningTime language shortTitle url "
                    "accessDate archive archiveLocation libraryCatalog callNumber rights extra",
                    "director scriptwriter producer castMember contributor guest"),
    "videoRecording": ("title abstractNote videoRecordingFormat=medium seriesTitle volume numberOfVolumes place "
                       "studio=publisher date runningTime language ISBN shortTitle url accessDate archive "
                       "archiveLocation libraryCatalog callNumber rights extra",
                       "director scriptwriter producer castMember contributor"),
    "webpage": ("title abstractNote websiteTitle=publicationTitle websiteType=type date shortTitle url accessDate "
                "language rights extra", "author contributor translator"),
}

#: Item types a note child item can have: only the ``note`` field (plus parentItem, tags, ...).
NOTE_FIELDS = ("note",)


@dataclass(frozen=True)
class ItemType:
    """One Zotero item type: its fields (own name -> base field or itself) and creator types."""

    name: str
    fields: dict[str, str]
    creator_types: tuple[str, ...]

    @property
    def primary_creator(self) -> str:
        """The creator type Zotero uses when a role is not valid for this type."""
        return self.creator_types[0]

    def field_for(self, field: str) -> str | None:
        """The field of this type that stores ``field`` (itself or via its base field), or None."""
        if field in self.fields:
            return field
        for own, base in self.fields.items():
            if base == field:
                return own
        return None


def _parse(name: str, fields: str, creators: str) -> ItemType:
    table = {}
    for spec in fields.split():
        own, _, base = spec.partition("=")
        table[own] = base or own
    return ItemType(name, table, tuple(creators.split()))


ITEM_TYPES: dict[str, ItemType] = {name: _parse(name, *spec) for name, spec in _TYPES.items()}

#: schema.json ``csl.types``: CSL type -> Zotero item types; the first is the one Zotero imports to.
CSL_TYPES: dict[str, tuple[str, ...]] = {
    "article": ("preprint",), "article-journal": ("journalArticle",), "article-magazine": ("magazineArticle",),
    "article-newspaper": ("newspaperArticle",), "bill": ("bill",), "book": ("book",),
    "broadcast": ("podcast", "tvBroadcast", "radioBroadcast"), "chapter": ("bookSection",),
    "document": ("document",), "entry-dictionary": ("dictionaryEntry",),
    "entry-encyclopedia": ("encyclopediaArticle",), "graphic": ("artwork",), "hearing": ("hearing",),
    "interview": ("interview",), "legal_case": ("case",), "legislation": ("statute",),
    "manuscript": ("manuscript",), "map": ("map",), "motion_picture": ("film", "videoRecording"),
    "paper-conference": ("conferencePaper",), "patent": ("patent",),
    "personal_communication": ("letter",), "post": ("forumPost",), "post-weblog": ("blogPost",),
    "report": ("report",), "software": ("computerProgram",), "song": ("audioRecording",),
    "speech": ("presentation",), "thesis": ("thesis",), "webpage": ("webpage",),
}

#: The CSL type each Zotero item type exports as (the reverse of :data:`CSL_TYPES`).
ZOTERO_TO_CSL: dict[str, str] = {z: csl for csl, zs in CSL_TYPES.items() for z in zs}

#: schema.json ``csl.fields.text``: CSL variable -> Zotero fields, first valid one wins.
CSL_TEXT_FIELDS: dict[str, tuple[str, ...]] = {
    "abstract": ("abstractNote",), "archive": ("archive",), "archive_location": ("archiveLocation",),
    "authority": ("authority",), "call-number": ("callNumber", "applicationNumber"),
    "chapter-number": ("session",), "collection-number": ("seriesNumber",),
    "collection-title": ("seriesTitle", "series"), "container-title": ("publicationTitle", "reporter", "code"),
    "dimensions": ("artworkSize", "runningTime"), "DOI": ("DOI",), "edition": ("edition",),
    "event-place": ("place",), "event-title": ("meetingName", "conferenceName"),
    "genre": ("type", "programmingLanguage"), "ISBN": ("ISBN",), "ISSN": ("ISSN",),
    "issue": ("issue", "priorityNumbers"), "journalAbbreviation": ("journalAbbreviation",),
    "language": ("language",), "license": ("rights",), "medium": ("medium", "system"), "note": ("extra",),
    "number": ("number",), "number-of-pages": ("numPages",), "number-of-volumes": ("numberOfVolumes",),
    "page": ("pages",), "publisher": ("publisher",), "publisher-place": ("place",),
    "references": ("history", "references"), "scale": ("scale",), "section": ("section", "committee"),
    "shortTitle": ("shortTitle",), "source": ("libraryCatalog",), "status": ("status",), "title": ("title",),
    "title-short": ("shortTitle",), "URL": ("url",), "version": ("versionNumber",),
    "volume": ("volume", "codeNumber"),
}

#: schema.json ``csl.fields.date``: CSL date variable -> Zotero field.
CSL_DATE_FIELDS: dict[str, str] = {"accessed": "accessDate", "issued": "date", "submitted": "filingDate"}

#: schema.json ``csl.names`` reversed: CSL name variable -> Zotero creator type.
CSL_NAMES: dict[str, str] = {
    "author": "author", "container-author": "bookAuthor", "performer": "castMember", "composer": "composer",
    "contributor": "contributor", "director": "director", "editor": "editor", "guest": "guest",
    "interviewer": "interviewer", "producer": "producer", "recipient": "recipient",
    "reviewed-author": "reviewedAuthor", "collection-editor": "seriesEditor", "script-writer": "scriptwriter",
    "translator": "translator",
}


def zotero_type(record: dict) -> str:
    """The Zotero item type Zotero itself gives a CSL-JSON record on import.

    Follows ``Zotero.Utilities.Item.itemFromCSLJSON``: a few types are refined by the fields
    they carry; CSL types Zotero has no mapping for (``pamphlet``, ``periodical``, ...) become
    ``document``.
    """
    csl_type = record.get("type")
    if csl_type == "bill" and (record.get("publisher") or record.get("number-of-volumes")):
        return "hearing"
    if csl_type == "broadcast" and any(record.get(k) for k in (
            "archive", "archive_location", "container-title", "event-place", "publisher",
            "publisher-place", "source")):
        return "tvBroadcast"
    if csl_type == "book" and record.get("version"):
        return "computerProgram"
    if csl_type == "song" and record.get("number"):
        return "podcast"
    if csl_type == "motion_picture" and any(record.get(k) for k in (
            "collection-title", "publisher-place", "event-place", "volume", "number-of-volumes", "ISBN")):
        return "videoRecording"
    if csl_type in CSL_TYPES:
        return CSL_TYPES[csl_type][0]
    return "document"
