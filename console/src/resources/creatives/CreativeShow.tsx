// One creative: its preview, its facts, and the review buttons.
import { Labeled, NumberField, ReferenceField, SimpleShowLayout, TextField } from 'react-admin';
import { HubShow } from '../../common/HubShow';
import { StateChip } from '../../common/StateChip';
import { CreativeMediaUpload } from './CreativeMediaUpload';
import { CreativePreview } from './CreativePreview';
import { ReviewButtons } from '../../common/ReviewButtons';
import { HubDateField } from '../../common/HubDateField';

export function CreativeShow() {
  return (
    <HubShow>
      <SimpleShowLayout>
        <Labeled label="hub.creative.preview">
          <CreativePreview />
        </Labeled>
        <CreativeMediaUpload />
        <TextField source="name" />
        <ReferenceField source="advertiserId" reference="advertisers" link={false} emptyText="hub.creative.house" />
        <TextField source="category" />
        <StateChip source="state" />
        <TextField source="mediaType" emptyText="—" />
        <NumberField source="width" />
        <NumberField source="height" />
        <NumberField source="durationMs" />
        <TextField source="reviewNote" emptyText="—" />
        <HubDateField source="reviewedAt" showTime emptyText="—" />
        <ReviewButtons resource="creatives" reviewable={['pending_review']} noteKey="note" />
      </SimpleShowLayout>
    </HubShow>
  );
}
