-- SPDX-License-Identifier: Apache-2.0
-- A Stampdesk database at schema version 3, as that version left it (made
-- with stampdesk-cli of commit 0504a4a): programme goal 3, vouchers valid
-- 90 days; register "Quầy 2" at "Quận 3"; its shop 50333 with signing key 1.
-- Three cards: Trần Văn Khoa, 0987 654 321 (3 stamps for sale HD-1001, the
-- voucher redeemed by Minh, then 2 stamps); Võ Thị Mai (4 stamps, the
-- voucher voided "thử"); Hà, 0903 333 444 (3 stamps, the voucher issued).
-- Staff Hoa did everything else. Frozen: never regenerate it from newer code.
-- Cards: W63ZPQ2MJHDEJAJZ JS729NW7E72GD7TM A9DLVD5F2W85FDMS
-- Vouchers: D66X5SCCLU363XLL (9L7XHN9B4E, redeemed), T93NCXLE9HZ36ZSH
-- (NGBR5C5KD5, voided), 8KGLDDRQ83JJBLTW (F428Z5CLJP, issued)
PRAGMA foreign_keys=OFF;
BEGIN TRANSACTION;
CREATE TABLE meta (
               key TEXT PRIMARY KEY,
               value TEXT NOT NULL
           ) STRICT;
INSERT INTO meta VALUES('shop','50333');
INSERT INTO meta VALUES('register_id','fc85130e-2802-4377-bc0b-b2f57206a5ab');
INSERT INTO meta VALUES('register_name','Quầy 2');
INSERT INTO meta VALUES('location','Quận 3');
CREATE TABLE programme (
               id INTEGER PRIMARY KEY CHECK (id = 1),
               data TEXT NOT NULL,
               changed_at INTEGER NOT NULL
           ) STRICT;
INSERT INTO programme VALUES(1,'{"cooldownMinutes":0,"goal":3,"location":"","maxPerVisit":5,"mode":"staff-scan","reward":{"descriptionEn":"Any medium coffee from the menu.","descriptionVi":"Bất kỳ ly cà phê cỡ vừa nào trong thực đơn.","kind":"free-item","nameEn":"A free coffee","nameVi":"Một ly cà phê miễn phí"},"validDays":90}',1795440851742);
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
INSERT INTO cards VALUES('W63ZPQ2MJHDEJAJZ','Trần Văn Khoa','0987 654 321',2,1,1,5,1795440857316,'active',1795440852098,'tran van khoa','0987654321','1234567890');
INSERT INTO cards VALUES('JS729NW7E72GD7TM','Võ Thị Mai','',1,1,1,4,1795440857431,'active',1795440853336,'vo thi mai','','');
INSERT INTO cards VALUES('A9DLVD5F2W85FDMS','Hà','0903 333 444',0,1,1,3,1795440859302,'active',1795440854652,'ha','0903333444','4443333090');
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
INSERT INTO vouchers VALUES('D66X5SCCLU363XLL','W63ZPQ2MJHDEJAJZ',1,3,'{"descriptionEn":"Any medium coffee from the menu.","descriptionVi":"Bất kỳ ly cà phê cỡ vừa nào trong thực đơn.","kind":"free-item","nameEn":"A free coffee","nameVi":"Một ly cà phê miễn phí"}','staff-scan','','9L7XHN9B4E',1795440856018,1803216856018,'redeemed',1795440857181,'Minh','Quầy 2',NULL,'',0);
INSERT INTO vouchers VALUES('T93NCXLE9HZ36ZSH','JS729NW7E72GD7TM',1,3,'{"descriptionEn":"Any medium coffee from the menu.","descriptionVi":"Bất kỳ ly cà phê cỡ vừa nào trong thực đơn.","kind":"free-item","nameEn":"A free coffee","nameVi":"Một ly cà phê miễn phí"}','staff-scan','','NGBR5C5KD5',1795440857431,1803216857431,'voided',NULL,'','',1795440859114,'thử',0);
INSERT INTO vouchers VALUES('8KGLDDRQ83JJBLTW','A9DLVD5F2W85FDMS',1,3,'{"descriptionEn":"Any medium coffee from the menu.","descriptionVi":"Bất kỳ ly cà phê cỡ vừa nào trong thực đơn.","kind":"free-item","nameEn":"A free coffee","nameVi":"Một ly cà phê miễn phí"}','staff-scan','','F428Z5CLJP',1795440859302,1803216859302,'issued',NULL,'','',NULL,'',0);
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
INSERT INTO events VALUES(1,'f5beb67c-ed67-46ff-8237-fb9c7424ad4c','programme.changed',1795440851720,NULL,NULL,'setup','fc85130e-2802-4377-bc0b-b2f57206a5ab',NULL,'{"cooldownMinutes":0,"goal":8,"location":"","maxPerVisit":5,"mode":"staff-scan","reward":{"descriptionEn":"Any medium coffee from the menu.","descriptionVi":"Bất kỳ ly cà phê cỡ vừa nào trong thực đơn.","kind":"free-item","nameEn":"A free coffee","nameVi":"Một ly cà phê miễn phí"},"validDays":60}',0);
INSERT INTO events VALUES(2,'29c0576c-727f-4044-89f2-8534b9f6ebec','programme.changed',1795440851742,NULL,NULL,'Hoa','fc85130e-2802-4377-bc0b-b2f57206a5ab',NULL,'{"cooldownMinutes":0,"goal":3,"location":"","maxPerVisit":5,"mode":"staff-scan","reward":{"descriptionEn":"Any medium coffee from the menu.","descriptionVi":"Bất kỳ ly cà phê cỡ vừa nào trong thực đơn.","kind":"free-item","nameEn":"A free coffee","nameVi":"Một ly cà phê miễn phí"},"validDays":90}',0);
INSERT INTO events VALUES(3,'ec09d635-e8c5-4170-89c9-44a4a2b5a978','card.created',1795440852098,'W63ZPQ2MJHDEJAJZ',NULL,'Hoa','fc85130e-2802-4377-bc0b-b2f57206a5ab',NULL,'{"name":"Trần Văn Khoa","phone":"0987 654 321"}',0);
INSERT INTO events VALUES(4,'c3aa0c1e-a3d1-4831-aec0-774b1b333d98','card.created',1795440853336,'JS729NW7E72GD7TM',NULL,'Hoa','fc85130e-2802-4377-bc0b-b2f57206a5ab',NULL,'{"name":"Võ Thị Mai","phone":""}',0);
INSERT INTO events VALUES(5,'61e2e138-23b2-445d-a640-d4e9fba6e373','card.created',1795440854652,'A9DLVD5F2W85FDMS',NULL,'Hoa','fc85130e-2802-4377-bc0b-b2f57206a5ab',NULL,'{"name":"Hà","phone":"0903 333 444"}',0);
INSERT INTO events VALUES(6,'9493e67d-c5a0-413e-942d-1456daa5431f','stamps.added',1795440856018,'W63ZPQ2MJHDEJAJZ',NULL,'Hoa','fc85130e-2802-4377-bc0b-b2f57206a5ab',NULL,'{"count":3,"source":"HD-1001"}',0);
INSERT INTO events VALUES(7,'9187bde2-c5f8-4b06-acf1-cf5c18c7aabe','voucher.issued',1795440856018,'W63ZPQ2MJHDEJAJZ','D66X5SCCLU363XLL','Hoa','fc85130e-2802-4377-bc0b-b2f57206a5ab',NULL,'{"cardId":"W63ZPQ2MJHDEJAJZ","code":"9L7XHN9B4E","cycle":1,"expiresAt":"2027-02-21T13:34:16.018Z","goal":3,"id":"D66X5SCCLU363XLL","issuedAt":"2026-11-23T13:34:16.018Z","location":"","mode":"staff-scan","reward":{"descriptionEn":"Any medium coffee from the menu.","descriptionVi":"Bất kỳ ly cà phê cỡ vừa nào trong thực đơn.","kind":"free-item","nameEn":"A free coffee","nameVi":"Một ly cà phê miễn phí"}}',0);
INSERT INTO events VALUES(8,'86dc505a-bf68-4517-a4f0-c803c9b82306','voucher.redeemed',1795440857181,'W63ZPQ2MJHDEJAJZ','D66X5SCCLU363XLL','Minh','fc85130e-2802-4377-bc0b-b2f57206a5ab',NULL,'{"registerName":"Quầy 2"}',0);
INSERT INTO events VALUES(9,'7964dab5-0254-46df-bff2-5da6a1403807','stamps.added',1795440857316,'W63ZPQ2MJHDEJAJZ',NULL,'Hoa','fc85130e-2802-4377-bc0b-b2f57206a5ab',NULL,'{"count":2,"source":"HD-1002"}',0);
INSERT INTO events VALUES(10,'5e8e8ff6-8370-4b64-a6e0-9ce26fbe06b7','stamps.added',1795440857431,'JS729NW7E72GD7TM',NULL,'Hoa','fc85130e-2802-4377-bc0b-b2f57206a5ab',NULL,'{"count":4,"source":""}',0);
INSERT INTO events VALUES(11,'515f178a-7545-4ef9-9345-3d56d4010d72','voucher.issued',1795440857431,'JS729NW7E72GD7TM','T93NCXLE9HZ36ZSH','Hoa','fc85130e-2802-4377-bc0b-b2f57206a5ab',NULL,'{"cardId":"JS729NW7E72GD7TM","code":"NGBR5C5KD5","cycle":1,"expiresAt":"2027-02-21T13:34:17.431Z","goal":3,"id":"T93NCXLE9HZ36ZSH","issuedAt":"2026-11-23T13:34:17.431Z","location":"","mode":"staff-scan","reward":{"descriptionEn":"Any medium coffee from the menu.","descriptionVi":"Bất kỳ ly cà phê cỡ vừa nào trong thực đơn.","kind":"free-item","nameEn":"A free coffee","nameVi":"Một ly cà phê miễn phí"}}',0);
INSERT INTO events VALUES(12,'3fcb1bce-5708-4062-b7a7-fa4dd7618eaa','voucher.voided',1795440859114,'JS729NW7E72GD7TM','T93NCXLE9HZ36ZSH','Hoa','fc85130e-2802-4377-bc0b-b2f57206a5ab',NULL,'{"reason":"thử"}',0);
INSERT INTO events VALUES(13,'a237c087-af69-41ab-9e48-8e5ab0597b5d','stamps.added',1795440859302,'A9DLVD5F2W85FDMS',NULL,'Hoa','fc85130e-2802-4377-bc0b-b2f57206a5ab',NULL,'{"count":3,"source":""}',0);
INSERT INTO events VALUES(14,'848c7c6d-34ee-4ea2-a255-41379619d463','voucher.issued',1795440859302,'A9DLVD5F2W85FDMS','8KGLDDRQ83JJBLTW','Hoa','fc85130e-2802-4377-bc0b-b2f57206a5ab',NULL,'{"cardId":"A9DLVD5F2W85FDMS","code":"F428Z5CLJP","cycle":1,"expiresAt":"2027-02-21T13:34:19.302Z","goal":3,"id":"8KGLDDRQ83JJBLTW","issuedAt":"2026-11-23T13:34:19.302Z","location":"","mode":"staff-scan","reward":{"descriptionEn":"Any medium coffee from the menu.","descriptionVi":"Bất kỳ ly cà phê cỡ vừa nào trong thực đơn.","kind":"free-item","nameEn":"A free coffee","nameVi":"Một ly cà phê miễn phí"}}',0);
CREATE TABLE keys (
               shop INTEGER NOT NULL CHECK (shop BETWEEN 0 AND 65535),
               number INTEGER NOT NULL CHECK (number BETWEEN 0 AND 255),
               public_key BLOB NOT NULL CHECK (length(public_key) = 32),
               seed BLOB CHECK (seed IS NULL OR length(seed) = 32),
               added_at INTEGER NOT NULL,
               PRIMARY KEY (shop, number)
           ) STRICT;
INSERT INTO keys VALUES(50333,1,X'e0037ef9294b1240d874c8f1a92b8be2605387b954175b567185f87b42ade58a',X'de87c1caf61951567c9dabb4f29a83650e813aa345d2f9f5d81d816f52195f5f',1795440851720);
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
PRAGMA user_version = 3;
