#pragma once

#include <QString>

class QGraphicsScene;
class QRectF;

namespace igw {

// Writes the whole map (not just what is in view), atomically: a failed export leaves
// any existing file untouched. The selection highlight is left out.
namespace flowMapExport {

// Renders at `scale` times the scene's size (2: sharp when printed or zoomed), reduced if
// the image would be unreasonably large for memory.
bool toPng(QGraphicsScene &scene, const QRectF &source, const QString &path, QString *error,
           qreal scale = 2.0);
// Text stays text, so references can be searched in the file.
bool toSvg(QGraphicsScene &scene, const QRectF &source, const QString &path, const QString &title,
           QString *error);

} // namespace flowMapExport
} // namespace igw
