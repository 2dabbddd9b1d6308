import { readSheetRows } from './src/tabular/index.js';
try { readSheetRows([['Tên đơn vị', 'Kỳ', 'Giá trị']], { locale: 'vi', indicatorId: 'x' }); } catch (e) { console.log((e as Error).message); }
import { mapColumns } from './src/tabular/columns.js';
console.log(mapColumns(['Tên đơn vị', 'Kỳ', 'Giá trị']));
