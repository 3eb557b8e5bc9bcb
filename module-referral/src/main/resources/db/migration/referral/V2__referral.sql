-- Referrals: a person sent to a service of the catalogue, followed until the agency has handled it.

-- Services of P2TP2A / UPTD PPA are not in the open catalogue: violence cases are handled apart
-- (sealed), and no referral list, inbox or count may show that a person was referred there.
DELETE FROM service_catalogue WHERE code = 'P2TP2A';

CREATE TABLE referral (
  id            BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  person_id     BIGINT        NOT NULL,
  household_id  BIGINT        NOT NULL,
  village_code  VARCHAR(13)   NOT NULL,
  service_code  VARCHAR(40)   NOT NULL,
  provider_code VARCHAR(40)   NOT NULL,
  need_id       BIGINT        NULL,
  reason        VARCHAR(1000) NULL,
  status        VARCHAR(10)   NOT NULL,
  outcome       VARCHAR(15)   NULL,
  previous_id   BIGINT        NULL,
  next_id       BIGINT        NULL,
  due_date      DATE          NOT NULL,
  referred_at   DATETIME(6)   NOT NULL,
  referred_by   VARCHAR(100)  NOT NULL,
  version       BIGINT        NOT NULL DEFAULT 0,
  CONSTRAINT referral_service_fk FOREIGN KEY (service_code) REFERENCES service_catalogue (code),
  CONSTRAINT referral_previous_fk FOREIGN KEY (previous_id) REFERENCES referral (id),
  -- the lists: a provider's inbox, the overdue list, a status, a person's referrals, a need's
  INDEX referral_inbox (provider_code, status, due_date),
  INDEX referral_status_due (status, due_date),
  INDEX referral_village (village_code, status),
  INDEX referral_person (person_id),
  INDEX referral_need (need_id)
) ENGINE = InnoDB;

CREATE TABLE referral_event (
  id          BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  referral_id BIGINT        NOT NULL,
  from_status VARCHAR(10)   NULL,
  to_status   VARCHAR(10)   NOT NULL,
  note        VARCHAR(1000) NULL,
  at          DATETIME(6)   NOT NULL,
  by_user     VARCHAR(100)  NOT NULL,
  CONSTRAINT referral_event_referral_fk FOREIGN KEY (referral_id) REFERENCES referral (id)
) ENGINE = InnoDB;

-- The district's holidays: SLA deadlines are counted in working days (Monday to Friday, not a
-- holiday). National ones are seeded; the district admin adds its own.
CREATE TABLE holiday (
  day      DATE         NOT NULL PRIMARY KEY,
  name     VARCHAR(150) NOT NULL,
  national BOOLEAN      NOT NULL DEFAULT FALSE,
  version  BIGINT       NOT NULL DEFAULT 0
) ENGINE = InnoDB;

-- National holidays of 2026 (joint decree of the three ministers) and the fixed ones of 2027; the
-- moving holidays of 2027 are added when the decree for 2027 is published.
INSERT INTO holiday (day, name, national) VALUES
  ('2026-01-01', 'Tahun Baru 2026 Masehi', TRUE),
  ('2026-01-16', 'Isra Mikraj Nabi Muhammad SAW', TRUE),
  ('2026-02-17', 'Tahun Baru Imlek 2577 Kongzili', TRUE),
  ('2026-03-19', 'Hari Suci Nyepi Tahun Baru Saka 1948', TRUE),
  ('2026-03-20', 'Idulfitri 1447 Hijriah', TRUE),
  ('2026-03-21', 'Idulfitri 1447 Hijriah', TRUE),
  ('2026-04-03', 'Wafat Yesus Kristus', TRUE),
  ('2026-04-05', 'Kebangkitan Yesus Kristus (Paskah)', TRUE),
  ('2026-05-01', 'Hari Buruh Internasional', TRUE),
  ('2026-05-14', 'Kenaikan Yesus Kristus', TRUE),
  ('2026-05-27', 'Iduladha 1447 Hijriah', TRUE),
  ('2026-05-31', 'Hari Raya Waisak 2570 BE', TRUE),
  ('2026-06-01', 'Hari Lahir Pancasila', TRUE),
  ('2026-06-16', 'Tahun Baru Islam 1448 Hijriah', TRUE),
  ('2026-08-17', 'Hari Proklamasi Kemerdekaan RI', TRUE),
  ('2026-08-25', 'Maulid Nabi Muhammad SAW', TRUE),
  ('2026-12-25', 'Hari Raya Natal', TRUE),
  ('2027-01-01', 'Tahun Baru 2027 Masehi', TRUE),
  ('2027-05-01', 'Hari Buruh Internasional', TRUE),
  ('2027-06-01', 'Hari Lahir Pancasila', TRUE),
  ('2027-08-17', 'Hari Proklamasi Kemerdekaan RI', TRUE),
  ('2027-12-25', 'Hari Raya Natal', TRUE);

-- A need whose referrals changed, to be told to intake once the change has committed (the
-- outbox: written in the referral's own transaction, drained by NeedSync; a failed delivery is
-- tried again later, so a need never stays behind its referrals).
CREATE TABLE referral_need_outbox (
  id              BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
  need_id         BIGINT      NOT NULL,
  created_at      DATETIME(6) NOT NULL,
  attempts        INT         NOT NULL DEFAULT 0,
  next_attempt_at DATETIME(6) NOT NULL,
  INDEX referral_need_outbox_due (next_attempt_at)
) ENGINE = InnoDB;
