// SPDX-License-Identifier: Apache-2.0
#pragma once

// Private to the store: the look at an existing file that Store::open takes
// before it opens it for writing, for the backup and restore code.

#include "store.h"

namespace stampdesk {

/// Checks the file at path read-only (header, schema, size, and pages as
/// verification asks) and leaves no trace; the error's subject is path.
StoreResult<Done> probeFile(const QString &path, Store::Verification verification);

} // namespace stampdesk
