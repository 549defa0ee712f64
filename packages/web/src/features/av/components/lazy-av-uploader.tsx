import { Skeleton } from 'antd';
import { type ComponentProps, lazy, Suspense } from 'react';

// Uppy is loaded on the pages that upload only, so the main bundle does not carry it.
const AvUploaderModule = lazy(() => import('./av-uploader').then((module) => ({ default: module.AvUploader })));

/** The Uppy uploader, loaded on demand. */
export function LazyAvUploader(props: ComponentProps<typeof AvUploaderModule>) {
  return (
    <Suspense fallback={<Skeleton.Node active style={{ width: '100%', height: 260 }} />}>
      <AvUploaderModule {...props} />
    </Suspense>
  );
}
