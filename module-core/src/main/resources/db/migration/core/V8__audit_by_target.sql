-- A sealed case's access log reads the audit trail's events about one case (their target).
CREATE INDEX audit_event_target ON audit_event (target, id);
