// date-holidays-parser ships its types (an ambient `declare module`) without pointing to
// them from its package.json "exports", so TypeScript does not find them by itself.
import '../../node_modules/date-holidays-parser/types/index';
