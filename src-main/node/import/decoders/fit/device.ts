import { getFitGarminProductName, getFitManufacturerName } from 'fit-file-parser';
import type { ParsedFit } from './parsed-types';
import type { DecodedDevice } from '../types';

/**
 * The recording device, from `file_id` (the file's creator); the creator's `device_info`
 * (device_index 0) fills a missing serial. Garmin product numbers become profile names ("edge530").
 */
export function deviceFromFit(parsed: ParsedFit): DecodedDevice | null {
  const fileId = parsed.file_ids?.[0];
  const creator = parsed.device_infos?.find((d) => d.device_index === 0 || (d.device_index as unknown) === 'creator');
  const manufacturerValue = fileId?.manufacturer ?? creator?.manufacturer;
  // Manufacturer 0 is not a maker: software such as GoldenCheetah writes it when re-saving a file.
  const manufacturer =
    manufacturerValue === undefined || manufacturerValue === 0
      ? null
      : (getFitManufacturerName(manufacturerValue) ?? String(manufacturerValue));
  const productValue = fileId?.product ?? creator?.product;
  const product =
    fileId?.product_name ??
    creator?.product_name ??
    (productValue === undefined
      ? null
      : ((manufacturer === 'garmin' ? getFitGarminProductName(productValue) : null) ?? String(productValue)));
  const serialValue = fileId?.serial_number ?? creator?.serial_number;
  const serial = serialValue === undefined || serialValue === 0 ? null : String(serialValue);
  if (manufacturer === null && product === null && serial === null) return null;
  return { manufacturer, product, serial };
}
