-- SPDX-License-Identifier: Apache-2.0
-- A Stampdesk database at schema version 2, as that version left it (made
-- with stampdesk-cli of commit 872b6bb): programme goal 3; register "Quầy 1"
-- at "Quận 1"; two cards (Lê Thị Hồng, 0912 345 678: 4 stamps then 2, a
-- redeemed voucher and an issued one; Phạm Quốc Bảo, 0938 111 222: 3 stamps
-- undone, its voucher voided, then 1 stamp). Frozen: never regenerate it
-- from newer code.
-- Cards: RHYNS3RWNXZ9GMJG QNP57JRMN95UFW3T
-- Vouchers: RUG4V9YLW9FXUAW6 (9AE56E6867, redeemed), KUNTVYRV3L5GKDW4
-- (YWYTTWFPKJ, issued), 9BRBCA834Q44Y5VU (94V59ZAZMM, voided)
PRAGMA foreign_keys=OFF;
BEGIN TRANSACTION;
CREATE TABLE meta (
               key TEXT PRIMARY KEY,
               value TEXT NOT NULL
           ) STRICT;
INSERT INTO meta VALUES('register_id','83aa5fea-d9dc-4320-be0d-91bad11ce380');
INSERT INTO meta VALUES('register_name','Quầy 1');
INSERT INTO meta VALUES('location','Quận 1');
CREATE TABLE programme (
               id INTEGER PRIMARY KEY CHECK (id = 1),
               data TEXT NOT NULL,
               changed_at INTEGER NOT NULL
           ) STRICT;
INSERT INTO programme VALUES(1,'{"cooldownMinutes":0,"goal":3,"location":"","maxPerVisit":5,"mode":"staff-scan","reward":{"descriptionEn":"Any medium coffee from the menu.","descriptionVi":"Bất kỳ ly cà phê cỡ vừa nào trong thực đơn.","kind":"free-item","nameEn":"A free coffee","nameVi":"Một ly cà phê miễn phí"},"validDays":60}',1795433683223);
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
           , name_folded TEXT NOT NULL DEFAULT '', phone_digits TEXT NOT NULL DEFAULT '', phone_reversed TEXT NOT NULL DEFAULT '') STRICT;
INSERT INTO cards VALUES('RHYNS3RWNXZ9GMJG','Lê Thị Hồng','0912 345 678',0,2,2,6,1795433690100,'active',1795433683308,'le thi hong','0912345678','8765432190');
INSERT INTO cards VALUES('QNP57JRMN95UFW3T','Phạm Quốc Bảo','0938 111 222',1,0,1,1,1795433694726,'active',1795433683359,'pham quoc bao','0938111222','2221118390');
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
INSERT INTO vouchers VALUES('RUG4V9YLW9FXUAW6','RHYNS3RWNXZ9GMJG',1,3,'{"descriptionEn":"Any medium coffee from the menu.","descriptionVi":"Bất kỳ ly cà phê cỡ vừa nào trong thực đơn.","kind":"free-item","nameEn":"A free coffee","nameVi":"Một ly cà phê miễn phí"}','staff-scan','','9AE56E6867',1795433688854,1800617688854,'redeemed',1795433690058,'Lan','Quầy 1',NULL,'',0);
INSERT INTO vouchers VALUES('KUNTVYRV3L5GKDW4','RHYNS3RWNXZ9GMJG',2,3,'{"descriptionEn":"Any medium coffee from the menu.","descriptionVi":"Bất kỳ ly cà phê cỡ vừa nào trong thực đơn.","kind":"free-item","nameEn":"A free coffee","nameVi":"Một ly cà phê miễn phí"}','staff-scan','','YWYTTWFPKJ',1795433690100,1800617690100,'issued',NULL,'','',NULL,'',0);
INSERT INTO vouchers VALUES('9BRBCA834Q44Y5VU','QNP57JRMN95UFW3T',1,3,'{"descriptionEn":"Any medium coffee from the menu.","descriptionVi":"Bất kỳ ly cà phê cỡ vừa nào trong thực đơn.","kind":"free-item","nameEn":"A free coffee","nameVi":"Một ly cà phê miễn phí"}','staff-scan','','94V59ZAZMM',1795433690139,1800617690139,'voided',NULL,'','',1795433694687,'stamps-undone',1);
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
INSERT INTO events VALUES(1,'291e0196-8713-4f41-9dd7-70a7d9982ede','programme.changed',1795433683220,NULL,NULL,'setup','83aa5fea-d9dc-4320-be0d-91bad11ce380',NULL,'{"cooldownMinutes":0,"goal":8,"location":"","maxPerVisit":5,"mode":"staff-scan","reward":{"descriptionEn":"Any medium coffee from the menu.","descriptionVi":"Bất kỳ ly cà phê cỡ vừa nào trong thực đơn.","kind":"free-item","nameEn":"A free coffee","nameVi":"Một ly cà phê miễn phí"},"validDays":60}',0);
INSERT INTO events VALUES(2,'10f35909-6902-4435-9a3d-c5fa7739d79c','programme.changed',1795433683223,NULL,NULL,'Lan','83aa5fea-d9dc-4320-be0d-91bad11ce380',NULL,'{"cooldownMinutes":0,"goal":3,"location":"","maxPerVisit":5,"mode":"staff-scan","reward":{"descriptionEn":"Any medium coffee from the menu.","descriptionVi":"Bất kỳ ly cà phê cỡ vừa nào trong thực đơn.","kind":"free-item","nameEn":"A free coffee","nameVi":"Một ly cà phê miễn phí"},"validDays":60}',0);
INSERT INTO events VALUES(3,'6411cc02-3e6c-40e9-91e0-c7cce986fb87','card.created',1795433683308,'RHYNS3RWNXZ9GMJG',NULL,'Lan','83aa5fea-d9dc-4320-be0d-91bad11ce380',NULL,'{"name":"Lê Thị Hồng","phone":"0912 345 678"}',0);
INSERT INTO events VALUES(4,'39b6cee6-3ac3-4f71-85ac-ac545174d609','card.created',1795433683359,'QNP57JRMN95UFW3T',NULL,'Lan','83aa5fea-d9dc-4320-be0d-91bad11ce380',NULL,'{"name":"Phạm Quốc Bảo","phone":"0938 111 222"}',0);
INSERT INTO events VALUES(5,'37b4ee7b-9e85-4616-8691-a5077c31b085','stamps.added',1795433688854,'RHYNS3RWNXZ9GMJG',NULL,'Lan','83aa5fea-d9dc-4320-be0d-91bad11ce380',NULL,'{"count":4,"source":"sale 2001"}',0);
INSERT INTO events VALUES(6,'58e524ab-9133-48c4-badb-1877e8308f01','voucher.issued',1795433688854,'RHYNS3RWNXZ9GMJG','RUG4V9YLW9FXUAW6','Lan','83aa5fea-d9dc-4320-be0d-91bad11ce380',NULL,'{"cardId":"RHYNS3RWNXZ9GMJG","code":"9AE56E6867","cycle":1,"expiresAt":"2027-01-22T11:34:48.854Z","goal":3,"id":"RUG4V9YLW9FXUAW6","issuedAt":"2026-11-23T11:34:48.854Z","location":"","mode":"staff-scan","reward":{"descriptionEn":"Any medium coffee from the menu.","descriptionVi":"Bất kỳ ly cà phê cỡ vừa nào trong thực đơn.","kind":"free-item","nameEn":"A free coffee","nameVi":"Một ly cà phê miễn phí"}}',0);
INSERT INTO events VALUES(7,'8ac6f100-9361-46ce-8f4c-a9750b82ad3e','voucher.redeemed',1795433690058,'RHYNS3RWNXZ9GMJG','RUG4V9YLW9FXUAW6','Lan','83aa5fea-d9dc-4320-be0d-91bad11ce380',NULL,'{"registerName":"Quầy 1"}',0);
INSERT INTO events VALUES(8,'a3a7e3f7-1652-41c5-ae6f-236358fc19b3','stamps.added',1795433690100,'RHYNS3RWNXZ9GMJG',NULL,'Lan','83aa5fea-d9dc-4320-be0d-91bad11ce380',NULL,'{"count":2,"source":"sale 2002"}',0);
INSERT INTO events VALUES(9,'68d06f5d-bcd4-4206-a54f-d2e1294fa91d','voucher.issued',1795433690100,'RHYNS3RWNXZ9GMJG','KUNTVYRV3L5GKDW4','Lan','83aa5fea-d9dc-4320-be0d-91bad11ce380',NULL,'{"cardId":"RHYNS3RWNXZ9GMJG","code":"YWYTTWFPKJ","cycle":2,"expiresAt":"2027-01-22T11:34:50.100Z","goal":3,"id":"KUNTVYRV3L5GKDW4","issuedAt":"2026-11-23T11:34:50.100Z","location":"","mode":"staff-scan","reward":{"descriptionEn":"Any medium coffee from the menu.","descriptionVi":"Bất kỳ ly cà phê cỡ vừa nào trong thực đơn.","kind":"free-item","nameEn":"A free coffee","nameVi":"Một ly cà phê miễn phí"}}',0);
INSERT INTO events VALUES(10,'1b559c5c-b4bb-4602-9cd5-364ffa04a129','stamps.added',1795433690139,'QNP57JRMN95UFW3T',NULL,'Lan','83aa5fea-d9dc-4320-be0d-91bad11ce380',NULL,'{"count":3,"source":"sale 2003"}',0);
INSERT INTO events VALUES(11,'dfb6ff51-423e-4526-86ac-7dbb5f378293','voucher.issued',1795433690139,'QNP57JRMN95UFW3T','9BRBCA834Q44Y5VU','Lan','83aa5fea-d9dc-4320-be0d-91bad11ce380',NULL,'{"cardId":"QNP57JRMN95UFW3T","code":"94V59ZAZMM","cycle":1,"expiresAt":"2027-01-22T11:34:50.139Z","goal":3,"id":"9BRBCA834Q44Y5VU","issuedAt":"2026-11-23T11:34:50.139Z","location":"","mode":"staff-scan","reward":{"descriptionEn":"Any medium coffee from the menu.","descriptionVi":"Bất kỳ ly cà phê cỡ vừa nào trong thực đơn.","kind":"free-item","nameEn":"A free coffee","nameVi":"Một ly cà phê miễn phí"}}',0);
INSERT INTO events VALUES(12,'31d77bc4-9ac6-4514-b066-e6116f99f74f','stamps.undone',1795433694687,'QNP57JRMN95UFW3T',NULL,'Lan','83aa5fea-d9dc-4320-be0d-91bad11ce380','1b559c5c-b4bb-4602-9cd5-364ffa04a129','{"count":3,"lastStampAt":null,"reopenedVoucherIds":["9BRBCA834Q44Y5VU"],"undoneEventId":"1b559c5c-b4bb-4602-9cd5-364ffa04a129"}',0);
INSERT INTO events VALUES(13,'806b695a-b876-4216-805e-0c62ea3cb020','voucher.voided',1795433694687,'QNP57JRMN95UFW3T','9BRBCA834Q44Y5VU','Lan','83aa5fea-d9dc-4320-be0d-91bad11ce380',NULL,'{"reason":"stamps-undone"}',0);
INSERT INTO events VALUES(14,'e6edd5e8-d1e0-4ceb-a571-a24eb4ee8483','stamps.added',1795433694726,'QNP57JRMN95UFW3T',NULL,'Lan','83aa5fea-d9dc-4320-be0d-91bad11ce380',NULL,'{"count":1,"source":"sale 2004"}',0);
DELETE FROM sqlite_sequence;
INSERT INTO sqlite_sequence VALUES('events',14);
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
CREATE INDEX cards_phone_digits ON cards (phone_digits) WHERE phone_digits != '';
CREATE INDEX cards_phone_reversed ON cards (phone_reversed) WHERE phone_reversed != '';
CREATE INDEX cards_name_folded ON cards (name_folded);
COMMIT;
PRAGMA application_id = 1398033744;
PRAGMA user_version = 2;
