#include "register/ui/importsource.h"

#include "tabular/tablereader.h"
#include "tabular/xlsxreader.h"

namespace igw {

ImportSource ImportSource::read(const QString &path, const QString &sheet, int rows)
{
    // The reader directly rather than AssetImporter::preview(): one pass gives the sheet
    // names and the reader's warnings too, and opening a large XLSX is not cheap.
    ImportSource out;
    out.path = path;
    tabular::ReadOptions options;
    options.sheet = sheet;
    auto reader = tabular::TableReader::forFile(path, &out.error);
    if (!reader)
        return out;
    const bool opened = reader->open(path, options);
    // Sheet names are known even when the chosen sheet cannot be read: another may do.
    out.sheets = reader->sheetNames();
    out.sheet = sheet;
    if (!opened) {
        out.error = reader->errorString();
        return out;
    }
    if (const auto *xlsx = dynamic_cast<const tabular::XlsxReader *>(reader.get()))
        out.sheet = xlsx->sheetName();
    out.headings = reader->headers();
    tabular::Row row;
    while (out.rows.size() < rows && reader->next(&row))
        out.rows.append(row.cells);
    if (reader->hasError()) {
        out = ImportSource{path, out.sheet, out.sheets, {}, {}, {}, reader->errorString()};
        return out;
    }
    out.warnings = reader->warnings();
    return out;
}

} // namespace igw
