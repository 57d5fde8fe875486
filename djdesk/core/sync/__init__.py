"""USB handoff between villages and the township (issue #7): signed, encrypted packages and a
merge that loses nothing. No Qt here; the data-exchange page calls these functions in a worker.

Modules and their public API:

- ``identity``: ``ensure_identity(store) -> Identity`` (key pairs made on first use, private keys in
  ``<db>.djkey`` beside the database — the threat model is in its docstring), ``fingerprint``,
  ``normalise_fingerprint``, ``reset_identity``.
- ``enrol``: ``issue_enrolment`` (township → ``.djenrol`` file), ``read_enrolment`` /
  ``accept_enrolment`` (village), ``pending_enrolment`` / ``confirm_enrolment`` (township, after the
  fingerprint check), ``revoke``, ``peers``, ``enrolment_sheet_data``.
- ``package``: ``export_package`` (atomic, read back and verified), ``inspect_package`` (no import),
  ``preview_import`` (merge plan field by field, nothing written: the correction preview),
  ``import_package`` (refusals, backup, one transaction, log, receipt; ``backup_path`` is None when
  no record changed), ``import_packages`` (a township's round: one backup, one transaction, a
  savepoint per package, refusals returned in place), ``load_receipt``, ``package_log``,
  ``provenance``.
- ``merge``: the generic state-based merge over ``schema.RECORD_TABLES``; ``list_conflicts``,
  ``reverse_conflict``, ``accept_conflict``.
- ``container``: the file frame, HPKE encryption, Ed25519 signatures, size limits,
  ``PackageRefused`` (a ``UserError`` with a ``code``).
- ``township``: the tracking board and the township roll-up (``reports/township.py`` prints it).
- ``demo``: ``split_villages`` cuts a demo database into an enrolled township and villages
  (demos, the property test, the benchmark); ``enrol_pair`` does the whole enrolment dance.

Roles: a village installation (``meta.role == "village"``) owns the records below its own org unit
and sends them up; the township owns the org tree, its own records and corrections, and sends each
village its branch of the tree back. A village package can never change another village's data,
its own village unit or anything above it (``package.scope_checker``).
"""
