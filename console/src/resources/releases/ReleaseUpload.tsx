// A new release: its facts, the package file, and the Ed25519 signature the
// release pipeline made offline with a release key (the console never holds a
// private key). The file's size and SHA-256 are shown as soon as it is chosen,
// what the signature covers with the kind and version. Saving creates the
// release, then streams the package with a progress bar; the hub refuses it
// unless the signature holds.
import { useState } from 'react';
import { Box, Button, Card, CardContent, LinearProgress, MenuItem, TextField, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { Title, useNotify, useTranslate } from 'react-admin';
import { useNavigate } from 'react-router-dom';
import { dataProvider } from '../../dataProvider';
import { uploadWithProgress } from '../../common/uploadWithProgress';
import { splitList } from '../../common/splitList';

const VERSION = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/;

async function sha256Hex(file: File): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', await file.arrayBuffer());
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

export function ReleaseUpload() {
  const translate = useTranslate();
  const notify = useNotify();
  const navigate = useNavigate();
  const keys = useQuery({ queryKey: ['releases', 'signing-keys'], queryFn: async () => (await dataProvider.send<Array<{ id: string; name: string; revokedAt: string | null }>>('GET', '/ota/signing-keys')).data });
  const [kind, setKind] = useState('app');
  const [version, setVersion] = useState('');
  const [models, setModels] = useState('');
  const [notes, setNotes] = useState('');
  const [keyId, setKeyId] = useState('');
  const [signature, setSignature] = useState('');
  const [file, setFile] = useState<File | undefined>();
  const [digest, setDigest] = useState<string | undefined>();
  const [progress, setProgress] = useState<number | undefined>();
  const versionOk = VERSION.test(version);
  const ready = versionOk && keyId !== '' && signature.trim() !== '' && file !== undefined && progress === undefined;

  const choose = async (chosen: File | undefined) => {
    setFile(chosen);
    setDigest(undefined);
    if (chosen) setDigest(await sha256Hex(chosen));
  };
  const save = async () => {
    setProgress(0);
    try {
      const targetModels = splitList(models);
      const { data } = await dataProvider.send<{ id: string }>('POST', '/releases', { kind, version, keyId, signature: signature.trim(), ...(notes ? { notes } : {}), ...(targetModels.length ? { targetModels } : {}) });
      await uploadWithProgress(`/releases/${data.id}/package`, file!, 'application/octet-stream', setProgress);
      notify(translate('hub.release.uploaded'), { type: 'success' });
      navigate('/releases');
    } catch (err) {
      notify((err as Error).message, { type: 'error' });
      setProgress(undefined);
    }
  };

  return (
    <Card sx={{ mt: 2, maxWidth: 720 }}>
      <Title title={translate('hub.release.upload')} />
      <CardContent sx={{ display: 'flex', flexDirection: 'column', gap: 2 }}>
        <TextField select label={translate('resources.releases.fields.kind')} value={kind} onChange={(e) => setKind(e.target.value)} data-testid="release-kind">
          {['app', 'firmware'].map((k) => <MenuItem key={k} value={k}>{translate(`hub.release_kind.${k}`)}</MenuItem>)}
        </TextField>
        <TextField label={translate('resources.releases.fields.version')} value={version} onChange={(e) => setVersion(e.target.value)} error={version !== '' && !versionOk} helperText={translate('hub.release.version_help')} name="version" />
        <TextField label={translate('resources.releases.fields.targetModels')} value={models} onChange={(e) => setModels(e.target.value)} helperText={translate('hub.release.models_help')} name="targetModels" />
        <TextField label={translate('resources.releases.fields.notes')} value={notes} onChange={(e) => setNotes(e.target.value)} multiline minRows={2} name="notes" />
        <Box>
          <Button variant="outlined" component="label">
            {translate('hub.release.choose_file')}
            <input hidden type="file" data-testid="release-file" onChange={(e) => void choose(e.target.files?.[0])} />
          </Button>
          {file && (
            <Typography variant="body2" sx={{ mt: 1, wordBreak: 'break-all' }} data-testid="release-manifest">
              {translate('hub.release.manifest', { name: file.name, size: file.size, sha256: digest ?? '…' })}
            </Typography>
          )}
        </Box>
        <TextField select label={translate('hub.release.key')} value={keyId} onChange={(e) => setKeyId(e.target.value)} data-testid="release-key">
          {(keys.data ?? []).filter((k) => !k.revokedAt).map((k) => <MenuItem key={k.id} value={k.id}>{k.name}</MenuItem>)}
        </TextField>
        <TextField label={translate('hub.release.signature')} value={signature} onChange={(e) => setSignature(e.target.value)} helperText={translate('hub.release.signature_help')} name="signature" />
        {progress !== undefined && <LinearProgress variant="determinate" value={Math.round(progress * 100)} data-testid="release-progress" />}
        <Box>
          <Button variant="contained" disabled={!ready} onClick={save} data-testid="release-save">{translate('hub.release.upload')}</Button>
        </Box>
      </CardContent>
    </Card>
  );
}
