#pragma once

namespace igw {

// QUndoCommand::id() values: commands with the same id may merge. One enum for the whole
// application so ids never collide between modules.
enum class CommandId : int {
    None = -1,
    UpdateRecordField = 1000, // one field of one record edited again
};

} // namespace igw
