-- SPDX-License-Identifier: Apache-2.0
-- A Stampdesk database at schema version 1, as that version left it: two
-- cards (Nguyễn Thị Đào: 4 stamps, goal 3, a redeemed voucher; Trần Văn Minh:
-- 2 stamps after an undo). Frozen: never regenerate it from newer code.
-- Cards: GCPKSQ74DQS2UNKD MXCSZD7DHBLMYL3A
PRAGMA foreign_keys=OFF;
BEGIN TRANSACTION;
CREATE TABLE meta (
               key TEXT PRIMARY KEY,
               value TEXT NOT NULL
           ) STRICT;
INSERT INTO meta VALUES('register_id','7a043cc5-5172-4f81-b4f2-fcf59a9e73f5');
INSERT INTO meta VALUES('register_name','vm');
INSERT INTO meta VALUES('location','');
CREATE TABLE programme (
               id INTEGER PRIMARY KEY CHECK (id = 1),
               data TEXT NOT NULL,
               changed_at INTEGER NOT NULL
           ) STRICT;
INSERT INTO programme VALUES(1,'{"cooldownMinutes":0,"goal":3,"location":"","maxPerVisit":5,"mode":"staff-scan","reward":{"descriptionEn":"Any medium coffee from the menu.","descriptionVi":"Bất kỳ ly cà phê cỡ vừa nào trong thực đơn.","kind":"free-item","nameEn":"A free coffee","nameVi":"Một ly cà phê miễn phí"},"validDays":60}',1795430896437);
CREATE TABLE cards (
               id TEXT PRIMARY KEY,
               name TEXT NOT NULL DEFAULT '',
               phone TEXT NOT NULL DEFAULT '',
               stamps INTEGER NOT NULL,
               cycles INTEGER NOT NULL,
               last_cycle INTEGER NOT NULL,
               lifetime_stamps INTEGER NOT NULL,
               last_stamp_at INTEGER,
               status TEXT NOT NULL CHECK (status IN ('active', 'blocked')),
               created_at INTEGER NOT NULL
           ) STRICT;
INSERT INTO cards VALUES('GCPKSQ74DQS2UNKD','Nguyễn Thị Đào','+84 90 123 4567',1,1,1,4,1795430897143,'active',1795430896485);
INSERT INTO cards VALUES('MXCSZD7DHBLMYL3A','Trần Văn Minh','0987654321',2,0,1,2,1795430897504,'active',1795430896827);
CREATE TABLE vouchers (
               id TEXT PRIMARY KEY,
               card_id TEXT NOT NULL REFERENCES cards (id),
               cycle INTEGER NOT NULL,
               goal INTEGER NOT NULL,
               reward TEXT NOT NULL,
               mode TEXT NOT NULL,
               location TEXT NOT NULL DEFAULT '',
               code TEXT NOT NULL UNIQUE,
               issued_at INTEGER NOT NULL,
               expires_at INTEGER,
               state TEXT NOT NULL CHECK (state IN ('issued', 'redeemed', 'voided')),
               redeemed_at INTEGER,
               redeemed_by TEXT NOT NULL DEFAULT '',
               redeemed_register TEXT NOT NULL DEFAULT '',
               voided_at INTEGER,
               void_reason TEXT NOT NULL DEFAULT '',
               reopened INTEGER NOT NULL DEFAULT 0,
               UNIQUE (card_id, cycle)
           ) STRICT;
INSERT INTO vouchers VALUES('KFXATP5C2G8Q6QKE','GCPKSQ74DQS2UNKD',1,3,'{"descriptionEn":"Any medium coffee from the menu.","descriptionVi":"Bất kỳ ly cà phê cỡ vừa nào trong thực đơn.","kind":"free-item","nameEn":"A free coffee","nameVi":"Một ly cà phê miễn phí"}','staff-scan','','XRUPTA32HB',1795430897143,1800614897143,'redeemed',1795430897879,'Lan','vm',NULL,'',0);
INSERT INTO vouchers VALUES('93WCJLS2DVGGNQFG','MXCSZD7DHBLMYL3A',1,3,'{"descriptionEn":"Any medium coffee from the menu.","descriptionVi":"Bất kỳ ly cà phê cỡ vừa nào trong thực đơn.","kind":"free-item","nameEn":"A free coffee","nameVi":"Một ly cà phê miễn phí"}','staff-scan','','KHXRU7XXJB',1795430897504,1800614897504,'voided',NULL,'','',1795430897534,'stamps-undone',1);
CREATE TABLE events (
               seq INTEGER PRIMARY KEY AUTOINCREMENT,
               id TEXT NOT NULL UNIQUE,
               type TEXT NOT NULL,
               at INTEGER NOT NULL,
               card_id TEXT,
               voucher_id TEXT,
               staff TEXT NOT NULL DEFAULT '',
               register_id TEXT NOT NULL DEFAULT '',
               ref_id TEXT,
               data TEXT NOT NULL,
               synced INTEGER NOT NULL DEFAULT 0
           ) STRICT;
INSERT INTO events VALUES(1,'b085b165-5b0e-49dc-bbda-954971efef73','programme.changed',1795430896435,NULL,NULL,'setup','7a043cc5-5172-4f81-b4f2-fcf59a9e73f5',NULL,'{"cooldownMinutes":0,"goal":8,"location":"","maxPerVisit":5,"mode":"staff-scan","reward":{"descriptionEn":"Any medium coffee from the menu.","descriptionVi":"Bất kỳ ly cà phê cỡ vừa nào trong thực đơn.","kind":"free-item","nameEn":"A free coffee","nameVi":"Một ly cà phê miễn phí"},"validDays":60}',0);
INSERT INTO events VALUES(2,'8476fb00-01fb-4337-8a95-aad7424cff10','programme.changed',1795430896437,NULL,NULL,'Lan','7a043cc5-5172-4f81-b4f2-fcf59a9e73f5',NULL,'{"cooldownMinutes":0,"goal":3,"location":"","maxPerVisit":5,"mode":"staff-scan","reward":{"descriptionEn":"Any medium coffee from the menu.","descriptionVi":"Bất kỳ ly cà phê cỡ vừa nào trong thực đơn.","kind":"free-item","nameEn":"A free coffee","nameVi":"Một ly cà phê miễn phí"},"validDays":60}',0);
INSERT INTO events VALUES(3,'70508759-e7d4-4cf3-9636-7b452c00f3a5','card.created',1795430896485,'GCPKSQ74DQS2UNKD',NULL,'Lan','7a043cc5-5172-4f81-b4f2-fcf59a9e73f5',NULL,'{"name":"Nguyễn Thị Đào","phone":"+84 90 123 4567"}',0);
INSERT INTO events VALUES(4,'c5651d47-0808-484a-a823-67f0b3b6f930','card.created',1795430896827,'MXCSZD7DHBLMYL3A',NULL,'Lan','7a043cc5-5172-4f81-b4f2-fcf59a9e73f5',NULL,'{"name":"Trần Văn Minh","phone":"0987654321"}',0);
INSERT INTO events VALUES(5,'eec66889-7627-47c6-853c-bea6bfa16c42','stamps.added',1795430897143,'GCPKSQ74DQS2UNKD',NULL,'Lan','7a043cc5-5172-4f81-b4f2-fcf59a9e73f5',NULL,'{"count":4,"source":""}',0);
INSERT INTO events VALUES(6,'86ff1d95-b697-4c75-aefc-7367acd5a136','voucher.issued',1795430897143,'GCPKSQ74DQS2UNKD','KFXATP5C2G8Q6QKE','Lan','7a043cc5-5172-4f81-b4f2-fcf59a9e73f5',NULL,'{"cardId":"GCPKSQ74DQS2UNKD","code":"XRUPTA32HB","cycle":1,"expiresAt":"2027-01-22T10:48:17.143Z","goal":3,"id":"KFXATP5C2G8Q6QKE","issuedAt":"2026-11-23T10:48:17.143Z","location":"","mode":"staff-scan","reward":{"descriptionEn":"Any medium coffee from the menu.","descriptionVi":"Bất kỳ ly cà phê cỡ vừa nào trong thực đơn.","kind":"free-item","nameEn":"A free coffee","nameVi":"Một ly cà phê miễn phí"}}',0);
INSERT INTO events VALUES(7,'e43d9e20-22c1-4dc0-a4bf-2ee95a8ccfad','stamps.added',1795430897192,'MXCSZD7DHBLMYL3A',NULL,'Lan','7a043cc5-5172-4f81-b4f2-fcf59a9e73f5',NULL,'{"count":2,"source":""}',0);
INSERT INTO events VALUES(8,'84db0990-6596-4805-b2c2-4e4cd13b2226','stamps.added',1795430897504,'MXCSZD7DHBLMYL3A',NULL,'Lan','7a043cc5-5172-4f81-b4f2-fcf59a9e73f5',NULL,'{"count":2,"source":""}',0);
INSERT INTO events VALUES(9,'22a3dee2-0ea8-4e98-9866-543967ef5e4e','voucher.issued',1795430897504,'MXCSZD7DHBLMYL3A','93WCJLS2DVGGNQFG','Lan','7a043cc5-5172-4f81-b4f2-fcf59a9e73f5',NULL,'{"cardId":"MXCSZD7DHBLMYL3A","code":"KHXRU7XXJB","cycle":1,"expiresAt":"2027-01-22T10:48:17.504Z","goal":3,"id":"93WCJLS2DVGGNQFG","issuedAt":"2026-11-23T10:48:17.504Z","location":"","mode":"staff-scan","reward":{"descriptionEn":"Any medium coffee from the menu.","descriptionVi":"Bất kỳ ly cà phê cỡ vừa nào trong thực đơn.","kind":"free-item","nameEn":"A free coffee","nameVi":"Một ly cà phê miễn phí"}}',0);
INSERT INTO events VALUES(10,'9a0db1dd-7b75-44eb-9876-82f571867749','stamps.undone',1795430897534,'MXCSZD7DHBLMYL3A',NULL,'Lan','7a043cc5-5172-4f81-b4f2-fcf59a9e73f5','e43d9e20-22c1-4dc0-a4bf-2ee95a8ccfad','{"count":2,"lastStampAt":"2026-11-23T10:48:17.504Z","reopenedVoucherIds":["93WCJLS2DVGGNQFG"],"undoneEventId":"e43d9e20-22c1-4dc0-a4bf-2ee95a8ccfad"}',0);
INSERT INTO events VALUES(11,'7ac375ee-6b65-4215-8dfb-ff0659ba52dc','voucher.voided',1795430897534,'MXCSZD7DHBLMYL3A','93WCJLS2DVGGNQFG','Lan','7a043cc5-5172-4f81-b4f2-fcf59a9e73f5',NULL,'{"reason":"stamps-undone"}',0);
INSERT INTO events VALUES(12,'9b6231a3-25a0-477c-8c88-d9bb8baec6a5','voucher.redeemed',1795430897879,'GCPKSQ74DQS2UNKD','KFXATP5C2G8Q6QKE','Lan','7a043cc5-5172-4f81-b4f2-fcf59a9e73f5',NULL,'{"registerName":"vm"}',0);
DELETE FROM sqlite_sequence;
INSERT INTO sqlite_sequence VALUES('events',12);
CREATE INDEX events_card ON events (card_id, seq);
CREATE INDEX events_at ON events (at);
CREATE INDEX events_ref ON events (ref_id) WHERE ref_id IS NOT NULL;
CREATE INDEX events_unsynced ON events (seq) WHERE synced = 0;
CREATE INDEX vouchers_card ON vouchers (card_id, cycle);
CREATE TRIGGER events_no_delete BEFORE DELETE ON events
           BEGIN SELECT RAISE(ABORT, 'the ledger is append-only'); END;
CREATE TRIGGER events_no_rewrite BEFORE UPDATE ON events
           WHEN NEW.seq IS NOT OLD.seq OR NEW.id IS NOT OLD.id OR NEW.type IS NOT OLD.type
             OR NEW.at IS NOT OLD.at OR NEW.card_id IS NOT OLD.card_id
             OR NEW.voucher_id IS NOT OLD.voucher_id OR NEW.staff IS NOT OLD.staff
             OR NEW.register_id IS NOT OLD.register_id OR NEW.ref_id IS NOT OLD.ref_id
             OR NEW.data IS NOT OLD.data OR (OLD.synced = 1 AND NEW.synced = 0)
           BEGIN SELECT RAISE(ABORT, 'the ledger is append-only'); END;
COMMIT;
PRAGMA application_id = 1398033744;
PRAGMA user_version = 1;
