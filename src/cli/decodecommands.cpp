// SPDX-License-Identifier: Apache-2.0
// The decode command of stampdesk-cli: codes in image files (issue 4; not
// written yet).
#include "cli.h"

namespace stampdesk::cli {

QList<Command> decodeCommands()
{
    return {};
}

} // namespace stampdesk::cli
